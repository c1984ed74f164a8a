import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type AppError, type DomainEvent, type Stored, StaleVersionError, UNSAVED } from '@bank/kernel';
import { eventEnvelopes, type CloudEvent } from '@bank/messaging';
import { withCorrelationId } from '@bank/observability';
import { PostgresAggregateStore, type AggregateRowMapper } from '../src';
import { outboxDatabase, type TestDatabase } from './support';
import type { OutboxDatabase } from '../src';

/** A toy aggregate, held the way a repository holds one: a row of columns, the store's version beside them. */
interface Thing {
  readonly id: string;
  readonly owner: string | null;
  readonly label: string;
  readonly createdAt: Date;
}

type ThingRow = { readonly id: string; readonly owner: string | null; readonly label: string; readonly created_at: Date };

const things: AggregateRowMapper<Thing, ThingRow> = {
  name: 'thing',
  table: 'things',
  toRow: ({ id, owner, label, createdAt }) => ({ id, owner, label, created_at: createdAt }),
  fromRow: ({ id, owner, label, created_at }) => ({ id, owner, label, createdAt: created_at }),
};

let test: TestDatabase<OutboxDatabase>;
let store: PostgresAggregateStore<Thing, ThingRow>;
let saves: number;

beforeAll(async () => {
  test = await outboxDatabase('store_postgres_aggregates');
  await sql`create table things (id text primary key, owner text, label text not null, created_at timestamptz not null, version integer not null)`.execute(
    test.postgres.db,
  );
  store = new PostgresAggregateStore({ db: test.postgres.db, rows: things, envelopes: eventEnvelopes('/test/things'), onEventsSaved: () => saves++ });
});
beforeEach(() => {
  saves = 0;
});
afterAll(() => test.close());

const newThing = (overrides: Partial<Thing> = {}): Thing => ({
  id: randomUUID(),
  owner: randomUUID(),
  label: 'new',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  ...overrides,
});

const happened = (thing: Thing, what: string): DomainEvent[] => [
  { type: `test.thing.${what}`, subject: thing.id, data: { label: thing.label }, occurredAt: new Date() },
];

function created(overrides: Partial<Thing> = {}): Promise<Stored<Thing>> {
  const thing = newThing(overrides);
  return store.save(thing, UNSAVED, happened(thing, 'created'));
}

const changed = ({ version: _, ...thing }: Stored<Thing>, changes: Partial<Thing>): Thing => ({ ...thing, ...changes });

const rawRow = async (id: string) => (await sql<Record<string, unknown>>`select * from things where id = ${id}`.execute(test.postgres.db)).rows[0];

const outbox = async (id: string): Promise<CloudEvent[]> =>
  (await test.postgres.db.selectFrom('outbox').select('event').where('aggregate_id', '=', id).orderBy('position').execute()).map((row) => row.event);

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason as AppError,
  );
  return (error as AppError).code;
}

describe('PostgresAggregateStore', () => {
  it('creates a row holding the state, its events in the outbox, and reads it back as it was', async () => {
    const thing = newThing();
    const stored = await withCorrelationId('request-3', () => store.save(thing, UNSAVED, happened(thing, 'created')));

    expect(stored).toEqual({ ...thing, version: 1 });
    expect(await store.get(thing.id)).toEqual(stored);
    expect(await store.get('unknown')).toBeNull();
    expect(await rawRow(thing.id)).toMatchObject({ version: 1, owner: thing.owner });
    expect(await outbox(thing.id)).toEqual([
      expect.objectContaining({ type: 'test.thing.created', source: '/test/things', subject: thing.id, correlationid: 'request-3', data: { label: 'new' } }),
    ]);
    expect(saves).toBe(1);
  });

  it('refuses a second row with the same id as CONFLICT, leaving the first untouched and no event', async () => {
    const first = await created();
    const before = await rawRow(first.id);
    saves = 0;

    expect(await rejectionCode(store.save(newThing({ id: first.id, label: 'other' }), UNSAVED, happened(first, 'created')))).toBe('CONFLICT');
    expect(await rawRow(first.id)).toEqual(before);
    expect(await outbox(first.id)).toHaveLength(1);
    expect(saves).toBe(0);
  });

  it('updates every column and appends the events', async () => {
    const thing = await created();
    const given = changed(thing, { owner: null, label: 'given away' });
    expect(await store.save(given, 1, happened(given, 'given'))).toEqual({ ...given, version: 2 });

    expect(await store.get(thing.id)).toEqual({ ...given, version: 2 });
    expect(await rawRow(thing.id)).toMatchObject({ version: 2, owner: null, label: 'given away' });
    expect((await outbox(thing.id)).map((event) => event.type)).toEqual(['test.thing.created', 'test.thing.given']);
  });

  it('refuses a save from a stale version as a StaleVersionError (CONFLICT) and writes nothing, no event either', async () => {
    const thing = await created();
    await store.save(changed(thing, { label: 'first' }), 1, happened(thing, 'renamed'));
    const before = await rawRow(thing.id);
    saves = 0;

    await expect(store.save(changed(thing, { label: 'late' }), 1, happened(thing, 'renamed'))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await rejectionCode(store.save(changed(thing, { label: 'late' }), 1, happened(thing, 'renamed')))).toBe('CONFLICT');
    expect(await rawRow(thing.id)).toEqual(before);
    expect(await outbox(thing.id)).toHaveLength(2);
    expect(saves).toBe(0);
  });

  it('keeps the version itself: 1 when created, one more on every save, whatever the state says', async () => {
    const thing = await created();
    const renamed = await store.save({ ...changed(thing, { label: 'renamed' }), version: 7 } as Thing, 1, []);
    const again = await store.save(changed(renamed, { label: 'again' }), renamed.version, []);

    expect([thing.version, renamed.version, again.version]).toEqual([1, 2, 3]);
    expect(await rawRow(thing.id)).toMatchObject({ version: 3, label: 'again' });
  });

  it('lets exactly one of 20 concurrent updates from the same version win', async () => {
    const thing = await created();
    const attempts = Array.from({ length: 20 }, (_, index) => changed(thing, { label: `attempt ${index}` }));
    const outcomes = await Promise.allSettled(attempts.map((attempt) => store.save(attempt, 1, happened(attempt, 'renamed'))));

    const won = attempts.filter((_, index) => outcomes[index]?.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(new Set(refused.map((outcome) => (outcome.reason as AppError).code))).toEqual(new Set(['CONFLICT']));
    expect(await store.get(thing.id)).toEqual({ ...won[0], version: 2 });
    expect((await outbox(thing.id)).map((event) => event.type)).toEqual(['test.thing.created', 'test.thing.renamed']);
  });

  it('tells of saved events only: a write without events wakes nobody and leaves the outbox empty', async () => {
    const thing = newThing();
    const stored = await store.save(thing, UNSAVED, []);
    await store.save(changed(stored, { label: 'quiet' }), 1, []);

    expect(saves).toBe(0);
    expect(await outbox(thing.id)).toEqual([]);
  });

  it('reads many rows in one getMany, by id, leaving out unknown ids', async () => {
    const many = await Promise.all(Array.from({ length: 30 }, () => created()));

    const found = await store.getMany([...many.map((thing) => thing.id), 'unknown1', many[0]!.id]);

    expect(found.size).toBe(30);
    for (const thing of many) expect(found.get(thing.id)).toEqual(thing);
    expect((await store.getMany([])).size).toBe(0);
  });
});
