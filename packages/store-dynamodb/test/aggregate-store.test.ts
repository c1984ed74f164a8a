import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type DomainEvent, type Stored, AppError, StaleVersionError, UNSAVED } from '@bank/kernel';
import { withCorrelationId } from '@bank/observability';
import { eventEnvelopes, type PendingEvents } from '@bank/messaging';
import { DynamoDbAggregateStore, type AggregateItemMapper, type IndexDefinition, type ItemKey } from '../src';
import { createTestTable, type TestTable } from './support/table';

/** A toy aggregate, held the way repositories hold theirs: the state under one attribute, the store's version beside it, index attributes while they apply. */
interface Thing {
  readonly id: string;
  readonly owner: string | null;
  readonly label: string;
  readonly createdAt: Date;
}

const byOwner = { name: 'by-owner', partitionKey: 'ownerPk', sortKey: 'ownerSk', projection: 'ALL' } as const satisfies IndexDefinition;

const thingKey = (id: string): ItemKey => ({ pk: `THING#${id}`, sk: 'THING' });

const things: AggregateItemMapper<Thing> = {
  name: 'thing',
  keyOf: thingKey,
  idOf: (thing) => thing.id,
  toItem: ({ id, owner, label, createdAt }) => ({
    ...thingKey(id),
    thing: { id, owner, label, createdAt: createdAt.toISOString() },
    ...(owner === null ? {} : { ownerPk: owner, ownerSk: `${createdAt.toISOString()}#${id}` }),
  }),
  fromItem: ({ thing }) => ({ ...thing, createdAt: new Date(thing.createdAt) }),
  indexAttributes: [byOwner.partitionKey, byOwner.sortKey],
};

let table: TestTable;
let store: DynamoDbAggregateStore<Thing>;
let saves: number;
/** What each save that saved events handed the relay. */
let handedOver: PendingEvents[];

beforeAll(async () => {
  table = await createTestTable('versioned-items', [byOwner]);
  store = new DynamoDbAggregateStore({
    client: table.client,
    tableName: table.tableName,
    items: things,
    envelopes: eventEnvelopes('/test/things'),
    onEventsSaved: (saved) => {
      saves++;
      handedOver.push(saved);
    },
  });
});
beforeEach(() => {
  saves = 0;
  handedOver = [];
});
afterAll(() => table.drop());

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

describe('DynamoDbAggregateStore', () => {
  it('creates an item holding the state and its events, and reads it back as it was', async () => {
    const thing = newThing();
    const stored = await withCorrelationId('request-3', () => store.save(thing, UNSAVED, happened(thing, 'created')));

    expect(stored).toEqual({ ...thing, version: 1 });
    expect(await store.get(thing.id)).toEqual(stored);
    expect(await store.get('unknown')).toBeNull();
    expect(await rawItem(thing.id)).toMatchObject({
      version: 1,
      ownerPk: thing.owner,
      outboxPending: 'PENDING',
      outbox: [{ type: 'test.thing.created', source: '/test/things', subject: thing.id, correlationid: 'request-3', data: { label: 'new' } }],
    });
    expect(saves).toBe(1);
  });

  it('hands over the outbox as each write left it, events still pending from before first, so the relay reads nothing', async () => {
    const first = await created();
    const second = await store.save(changed(first, { label: 'second' }), first.version, happened(first, 'changed'));
    await store.save(changed(second, { label: 'third' }), second.version, []);

    const outbox = (await rawItem(first.id))?.outbox;
    expect(outbox).toHaveLength(2);
    expect(handedOver).toEqual([
      { aggregateId: JSON.stringify([thingKey(first.id).pk, thingKey(first.id).sk]), events: [(outbox as unknown[])[0]] },
      { aggregateId: JSON.stringify([thingKey(first.id).pk, thingKey(first.id).sk]), events: outbox },
    ]);
  });

  it('refuses a second item with the same id as CONFLICT, leaving the first untouched', async () => {
    const first = await created();
    const before = await rawItem(first.id);
    saves = 0;

    expect(await rejectionCode(store.save(newThing({ id: first.id, label: 'other' }), UNSAVED, happened(first, 'created')))).toBe('CONFLICT');
    expect(await rawItem(first.id)).toEqual(before);
    expect(saves).toBe(0);
  });

  it('updates every attribute, takes the item out of the indexes it left, and appends the events', async () => {
    const thing = await created();
    const given = changed(thing, { owner: null, label: 'given away' });
    expect(await store.save(given, 1, happened(given, 'given'))).toEqual({ ...given, version: 2 });

    expect(await store.get(thing.id)).toEqual({ ...given, version: 2 });
    const item = await rawItem(thing.id);
    expect(item).toMatchObject({ version: 2, thing: { label: 'given away', owner: null } });
    expect(item).not.toHaveProperty('ownerPk');
    expect(item).not.toHaveProperty('ownerSk');
    expect(await outboxTypes(thing.id)).toEqual(['test.thing.created', 'test.thing.given']);
    expect((await store.newestFirst(byOwner, thing.owner!, { first: 10, after: null })).edges).toEqual([]);
  });

  it('refuses a save from a stale version as a StaleVersionError (CONFLICT) and writes nothing, no event either', async () => {
    const thing = await created();
    await store.save(changed(thing, { label: 'first' }), 1, happened(thing, 'renamed'));
    const before = await rawItem(thing.id);
    saves = 0;

    await expect(store.save(changed(thing, { label: 'late' }), 1, happened(thing, 'renamed'))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await rejectionCode(store.save(changed(thing, { label: 'late' }), 1, happened(thing, 'renamed')))).toBe('CONFLICT');
    expect(await rawItem(thing.id)).toEqual(before);
    expect(saves).toBe(0);
  });

  it('keeps the version itself: 1 when created, one more on every save, whatever the state says', async () => {
    const thing = await created();
    const renamed = await store.save({ ...changed(thing, { label: 'renamed' }), version: 7 } as Thing, 1, []);
    const again = await store.save(changed(renamed, { label: 'again' }), renamed.version, []);

    expect([thing.version, renamed.version, again.version]).toEqual([1, 2, 3]);
    expect(await rawItem(thing.id)).toMatchObject({ version: 3, thing: { label: 'again' } });
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
    expect(await outboxTypes(thing.id)).toEqual(['test.thing.created', 'test.thing.renamed']);
  });

  it('tells of saved events only: a write without events wakes nobody', async () => {
    const thing = newThing();
    const stored = await store.save(thing, UNSAVED, []);
    await store.save(changed(stored, { label: 'quiet' }), 1, []);

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
