import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type CloudEvent, toCloudEvents } from '@bank/messaging';
import { itemWithOutbox, updateWithOutbox, type ItemKey } from '../../src';
import type { TestTable } from './table';

/** A toy aggregate written the way repositories write theirs: state and its events in one item write. */
export const chargeKey = (id: string): ItemKey => ({ pk: `CHARGE#${id}`, sk: 'CHARGE' });

export const chargeEvents = (id: string, ...types: string[]): CloudEvent[] =>
  toCloudEvents(
    types.map((type) => ({ type: `pix.charge.${type}`, subject: id, data: { txid: id }, occurredAt: new Date() })),
    { source: '/test', correlationId: `request-${id}` },
  );

export async function createCharge({ client, tableName }: TestTable, id: string, events: readonly CloudEvent[]): Promise<void> {
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: itemWithOutbox({ ...chargeKey(id), status: 'ACTIVE' }, events),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function changeStatus({ client, tableName }: TestTable, id: string, status: string, events: readonly CloudEvent[]): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: chargeKey(id),
      ConditionExpression: 'attribute_exists(pk)',
      ...updateWithOutbox({ set: ['#status = :status'], names: { '#status': 'status' }, values: { ':status': status } }, events),
    }),
  );
}

export async function readCharge({ client, tableName }: TestTable, id: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: chargeKey(id), ConsistentRead: true }));
  return Item;
}

export const ids = (events: readonly { id: string }[]): string[] => events.map((event) => event.id);
