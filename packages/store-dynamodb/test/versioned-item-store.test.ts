import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type DomainEvent, AppError } from '@bank/kernel';
import { withCorrelationId } from '@bank/observability';
import { eventEnvelopes } from '@bank/messaging';
import { VersionedItemStore, type IndexDefinition, type ItemKey, type VersionedItemMapper } from '../src';
import { createTestTable, type TestTable } from './support/table';

/** A toy value, held the way repositories hold theirs: the state under one attribute, the version beside it, index attributes while they apply. */
interface Thing {
  readonly id: string;
  readonly owner: string | null;
  readonly label: string;
  readonly createdAt: Date;
  readonly version: number;
}

const byOwner = { name: 'by-owner', partitionKey: 'ownerPk', sortKey: 'ownerSk', projection: 'ALL' } as const satisfies IndexDefinition;

const thingKey = (id: string): ItemKey => ({ pk: `THING#${id}`, sk: 'THING' });

const things: VersionedItemMapper<Thing> = {
  name: 'thing',
  keyOf: thingKey,
  idOf: (thing) => thing.id,
  toItem: ({ id, owner, label, createdAt, version }) => ({
    ...thingKey(id),
    version,
    thing: { id, owner, label, createdAt: createdAt.toISOString() },
    ...(owner === null ? {} : { ownerPk: owner, ownerSk: `${createdAt.toISOString()}#${id}` }),
  }),
  fromItem: ({ thing, version }) => ({ ...thing, createdAt: new Date(thing.createdAt), version }),
  indexAttributes: [byOwner.partitionKey, byOwner.sortKey],
};

let table: TestTable;
let store: VersionedItemStore<Thing>;
let saves: number;

beforeAll(async () => {
  table = await createTestTable('versioned-items', [byOwner]);
  store = new VersionedItemStore({
    client: table.client,
    tableName: table.tableName,
    items: things,
    envelopes: eventEnvelopes('/test/things'),
    onEventsSaved: () => saves++,
  });
});
beforeEach(() => {
  saves = 0;
});
afterAll(() => table.drop());

const newThing = (overrides: Partial<Thing> = {}): Thing => ({
  id: randomUUID(),
  owner: randomUUID(),
  label: 'new',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  version: 1,
  ...overrides,
});

const happened = (thing: Thing, what: string): DomainEvent[] => [{ type: `test.thing.${what}`, subject: thing.id, data: { label: thing.label }, occurredAt: new Date() }];

async function created(overrides: Partial<Thing> = {}): Promise<Thing> {
  const thing = newThing(overrides);
  await store.create(thing, happened(thing, 'created'));
  return thing;
}

const changed = (thing: Thing, changes: Partial<Thing>): Thing => ({ ...thing, ...changes, version: thing.version + 1 });

async function rawItem(id: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await table.client.send(new GetCommand({ TableName: table.tableName, Key: thingKey(id), ConsistentRead: true }));
  return Item;
}

const outboxTypes = async (id: string) => (((await rawItem(id))?.outbox ?? []) as { type: string }[]).map((event) => event.type);

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return error.code;
}

describe('VersionedItemStore', () => {
  it('creates an item holding the state and its events, and reads it back as it was', async () => {
    const thing = newThing();
    await withCorrelationId('request-3', () => store.create(thing, happened(thing, 'created')));

    expect(await store.get(thing.id)).toEqual(thing);
    expect(await store.get('unknown')).toBeNull();
    expect(await rawItem(thing.id)).toMatchObject({
      version: 1,
      ownerPk: thing.owner,
      outboxPending: 'PENDING',
      outbox: [{ type: 'test.thing.created', source: '/test/things', subject: thing.id, correlationid: 'request-3', data: { label: 'new' } }],
    });
    expect(saves).toBe(1);
  });

  it('refuses a second item with the same id as CONFLICT, leaving the first untouched', async () => {
    const first = await created();
    const before = await rawItem(first.id);
    saves = 0;

    expect(await rejectionCode(store.create(newThing({ id: first.id, label: 'other' }), happened(first, 'created')))).toBe('CONFLICT');
    expect(await rawItem(first.id)).toEqual(before);
    expect(saves).toBe(0);
  });

  it('updates every attribute, takes the item out of the indexes it left, and appends the events', async () => {
    const thing = await created();
    const given = changed(thing, { owner: null, label: 'given away' });
    await store.update(given, 1, happened(given, 'given'));

    expect(await store.get(thing.id)).toEqual(given);
    const item = await rawItem(thing.id);
    expect(item).toMatchObject({ version: 2, thing: { label: 'given away', owner: null } });
    expect(item).not.toHaveProperty('ownerPk');
    expect(item).not.toHaveProperty('ownerSk');
    expect(await outboxTypes(thing.id)).toEqual(['test.thing.created', 'test.thing.given']);
    expect((await store.newestFirst(byOwner, thing.owner!, { first: 10, after: null })).edges).toEqual([]);
  });

  it('refuses an update from a stale version as CONFLICT and writes nothing, no event either', async () => {
    const thing = await created();
    await store.update(changed(thing, { label: 'first' }), 1, happened(thing, 'renamed'));
    const before = await rawItem(thing.id);
    saves = 0;

    expect(await rejectionCode(store.update(changed(thing, { label: 'late' }), 1, happened(thing, 'renamed')))).toBe('CONFLICT');
    expect(await rawItem(thing.id)).toEqual(before);
    expect(saves).toBe(0);
  });

  it('refuses a change that does not raise the version by exactly one, before writing', async () => {
    const thing = await created();
    const before = await rawItem(thing.id);

    for (const version of [1, 3]) {
      await expect(store.update({ ...thing, label: 'skipped', version }, 1, [])).rejects.toThrow('a change raises the version from 1 to 2');
    }
    expect(await rawItem(thing.id)).toEqual(before);
  });

  it('lets exactly one of 20 concurrent updates from the same version win', async () => {
    const thing = await created();
    const attempts = Array.from({ length: 20 }, (_, index) => changed(thing, { label: `attempt ${index}` }));
    const outcomes = await Promise.allSettled(attempts.map((attempt) => store.update(attempt, 1, happened(attempt, 'renamed'))));

    const won = attempts.filter((_, index) => outcomes[index]?.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(new Set(refused.map((outcome) => (outcome.reason as AppError).code))).toEqual(new Set(['CONFLICT']));
    expect(await store.get(thing.id)).toEqual(won[0]);
    expect(await outboxTypes(thing.id)).toEqual(['test.thing.created', 'test.thing.renamed']);
  });

  it('tells of saved events only: a write without events wakes nobody', async () => {
    const thing = newThing();
    await store.create(thing, []);
    await store.update(changed(thing, { label: 'quiet' }), 1, []);

    expect(saves).toBe(0);
    expect(await rawItem(thing.id)).not.toHaveProperty('outbox');
  });

  it('reads more than 100 items in one getMany, by id, leaving out unknown ids', async () => {
    const many = await Promise.all(Array.from({ length: 130 }, () => created()));

    const found = await store.getMany([...many.map((thing) => thing.id), 'unknown1', many[0]!.id]);

    expect(found.size).toBe(130);
    for (const thing of many) expect(found.get(thing.id)).toEqual(thing);
    expect((await store.getMany([])).size).toBe(0);
    expect(await store.readMany([thingKey(many[2]!.id), thingKey('unknown'), thingKey(many[1]!.id)])).toEqual([many[2], many[1]]);
  });

  it('finds the last item of an index partition by sort key, and pages through one newest first', async () => {
    const owner = randomUUID();
    const older = await created({ owner, createdAt: new Date('2025-01-01T00:00:00Z') });
    const newer = await created({ owner, createdAt: new Date('2025-01-02T00:00:00Z') });

    expect(await store.findInIndex(byOwner, owner)).toEqual(newer);
    expect(await store.findInIndex(byOwner, randomUUID())).toBeNull();
    const page = await store.newestFirst(byOwner, owner, { first: 1, after: null });
    expect(page.edges.map((edge) => edge.node)).toEqual([newer]);
    expect((await store.newestFirst(byOwner, owner, { first: 1, after: page.pageInfo.endCursor })).edges.map((edge) => edge.node)).toEqual([older]);
  });
});
