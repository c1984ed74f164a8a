import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbOutboxStore, itemWithOutbox, updateWithOutbox, type ItemKey } from '../src';
import { changeStatus, chargeEvents, chargeKey, createCharge, ids, readCharge } from './support/charges';
import { createTestTable, type TestTable } from './support/table';

let table: TestTable;
let store: DynamoDbOutboxStore;

beforeAll(async () => {
  table = await createTestTable('outbox-store');
});
afterAll(() => table.drop());

/** Each test sees a store whose pending items it made: the items of earlier tests are published away. */
beforeEach(async () => {
  store = new DynamoDbOutboxStore({ client: table.client, tableName: table.tableName });
  for (const { aggregateId, events } of await store.pending(100)) await store.markPublished(aggregateId, ids(events));
});

const aggregateIdOf = ({ pk, sk }: ItemKey): string => JSON.stringify([pk, sk]);

describe('DynamoDbOutboxStore', () => {
  it('lists the items that hold events, each with its events oldest first, and no other item', async () => {
    const paid = randomUUID();
    const quiet = randomUUID();
    const created = chargeEvents(paid, 'created');
    const completed = chargeEvents(paid, 'paid', 'settled');
    await createCharge(table, paid, created);
    await changeStatus(table, paid, 'COMPLETED', completed);
    await createCharge(table, quiet, []);
    await changeStatus(table, quiet, 'REMOVED', []);

    expect(await store.pending(10)).toEqual([{ aggregateId: aggregateIdOf(chargeKey(paid)), events: [...created, ...completed] }]);
    expect(await readCharge(table, quiet)).toEqual({ ...chargeKey(quiet), status: 'REMOVED' });
  });

  it('appends events in the same write as SET and REMOVE actions and the condition of a repository', async () => {
    const id = randomUUID();
    const created = chargeEvents(id, 'created');
    const removed = chargeEvents(id, 'removed');
    await table.client.send(
      new PutCommand({ TableName: table.tableName, Item: itemWithOutbox({ ...chargeKey(id), status: 'ACTIVE', expiresAt: 1 }, created) }),
    );
    const update = (expected: string) =>
      new UpdateCommand({
        TableName: table.tableName,
        Key: chargeKey(id),
        ConditionExpression: '#status = :expected',
        ...updateWithOutbox(
          {
            set: ['#status = :status'],
            remove: ['#expiresAt'],
            names: { '#status': 'status', '#expiresAt': 'expiresAt' },
            values: { ':status': 'REMOVED', ':expected': expected },
          },
          removed,
        ),
      });

    await expect(table.client.send(update('COMPLETED'))).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await table.client.send(update('ACTIVE'));

    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'REMOVED', outbox: [...created, ...removed], outboxPending: 'PENDING' });
  });

  it('removes exactly the published events, and drops the index attribute with the last of them', async () => {
    const id = randomUUID();
    const [created, paid] = [chargeEvents(id, 'created'), chargeEvents(id, 'paid')];
    await createCharge(table, id, created);
    const [read] = await store.pending(10);
    await changeStatus(table, id, 'COMPLETED', paid); // a state change between the relay's read and its mark

    await store.markPublished(read!.aggregateId, ids(read!.events), read!.events);
    expect(await readCharge(table, id)).toMatchObject({ status: 'COMPLETED', outbox: paid, outboxPending: 'PENDING' });

    await store.markPublished(read!.aggregateId, ids(paid));
    const item = await readCharge(table, id);
    expect(item).toEqual({ ...chargeKey(id), status: 'COMPLETED' });
    expect(await store.pending(10)).toEqual([]);
  });

  it('marks events with one conditional write, without reading the item again, given the outbox the relay read', async () => {
    const id = randomUUID();
    const events = chargeEvents(id, 'created', 'paid');
    await createCharge(table, id, events);
    const [read] = await store.pending(10);
    const send = jest.spyOn(table.client, 'send');
    try {
      await store.markPublished(read!.aggregateId, ids(read!.events), read!.events);
      expect(send.mock.calls.map(([command]) => command.constructor.name)).toEqual(['UpdateCommand']);
    } finally {
      send.mockRestore();
    }
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' });
  });

  it('removes several published events and keeps the one appended after the relay read them', async () => {
    const id = randomUUID();
    const read = chargeEvents(id, 'cancelled', 'removal-requested');
    const appended = chargeEvents(id, 'premium-returned');
    await createCharge(table, id, read);
    await changeStatus(table, id, 'CANCELLED', appended);

    await store.markPublished(aggregateIdOf(chargeKey(id)), ids(read));

    expect(await readCharge(table, id)).toMatchObject({ outbox: appended, outboxPending: 'PENDING' });
  });

  it('keeps events appended while their predecessors are being marked', async () => {
    const id = randomUUID();
    await createCharge(table, id, chargeEvents(id, 'created'));
    const aggregateId = aggregateIdOf(chargeKey(id));
    for (let round = 0; round < 20; round++) {
      const outbox = (await readCharge(table, id))?.outbox as { id: string }[];
      const appended = chargeEvents(id, `changed-${round}`);
      await Promise.all([store.markPublished(aggregateId, ids(outbox)), changeStatus(table, id, `STATUS-${round}`, appended)]);
      expect(await readCharge(table, id)).toMatchObject({ outbox: appended, outboxPending: 'PENDING' });
    }
  });

  it('lets two relays mark overlapping events at once without losing or resurrecting any', async () => {
    const id = randomUUID();
    const events = chargeEvents(id, 'created', 'paid', 'settled', 'refunded');
    await createCharge(table, id, events);
    const aggregateId = aggregateIdOf(chargeKey(id));

    await Promise.all([store.markPublished(aggregateId, ids(events.slice(0, 3))), store.markPublished(aggregateId, ids(events.slice(1, 2)))]);
    expect((await readCharge(table, id))?.outbox).toEqual(events.slice(3));

    await Promise.all([store.markPublished(aggregateId, ids(events)), store.markPublished(aggregateId, ids(events.slice(3)))]);
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' });
  });

  it('treats marking events that are gone as done', async () => {
    const id = randomUUID();
    const events = chargeEvents(id, 'created');
    await createCharge(table, id, events);
    const aggregateId = aggregateIdOf(chargeKey(id));
    await store.markPublished(aggregateId, ids(events));

    await expect(store.markPublished(aggregateId, ids(events))).resolves.toBeUndefined();
    await expect(store.markPublished(aggregateIdOf(chargeKey(randomUUID())), ids(events))).resolves.toBeUndefined();
  });

  it('pages round the index, so every pending item comes up even when some are never marked', async () => {
    const charges = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of charges) await createCharge(table, id, chargeEvents(id, 'created'));

    const seen = new Set<string>();
    for (let pass = 0; pass < 3; pass++) for (const { aggregateId } of await store.pending(2)) seen.add(aggregateId);

    expect([...seen].sort()).toEqual(charges.map((id) => aggregateIdOf(chargeKey(id))).sort());
  });
});
