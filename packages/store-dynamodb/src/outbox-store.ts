import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { CloudEvent, OutboxStore, PendingEvents } from '@bank/messaging';
import { isConditionalCheckFailed } from './conditional';
import { OUTBOX_PENDING, outboxAttributes, outboxIndex, type ItemKey } from './service-table';

export interface DynamoDbOutboxStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Defaults to the index `serviceTable` creates. */
  readonly indexName?: string;
}

type Key = Record<string, NativeAttributeValue>;

/** The relay's aggregate id of an item: its key, so that it leads back to the item without a lookup. */
export const outboxAggregateId = ({ pk, sk }: ItemKey): string => JSON.stringify([pk, sk]);

function keyOf(aggregateId: string): ItemKey {
  const [pk, sk] = JSON.parse(aggregateId) as [string, string];
  return { pk, sk };
}

/**
 * DynamoDB resolves every path of an update against the item as it was, but dynalite (local runs) removes
 * list elements one after another, so that each removal shifts the positions after it: removing the last
 * position first gives the same result on both.
 */
const lastFirst = (positions: readonly number[]): number[] => [...positions].sort((a, b) => b - a);

/** Concurrent writers (a new state change, another relay) can each make a removal's condition fail once. */
const MARK_ATTEMPTS = 5;

/**
 * The outbox of a service table: finds pending items through the sparse outbox index (no Scan),
 * then reads each item with a strongly consistent read, because the index lags behind the table.
 */
export class DynamoDbOutboxStore implements OutboxStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly indexName: string;
  /** Where the next page starts: turns the relay round the index, so items that keep failing cannot starve the rest. */
  private cursor: Key | undefined;
  constructor({ client, tableName, indexName = outboxIndex.name }: DynamoDbOutboxStoreOptions) {
    this.client = client;
    this.tableName = tableName;
    this.indexName = indexName;
  }

  async pending(limit: number): Promise<PendingEvents[]> {
    const keys = await this.pendingKeys(limit);
    const found = await Promise.all(keys.map(async (key) => ({ aggregateId: outboxAggregateId(key), events: await this.readOutbox(key) })));
    return found.filter(({ events }) => events.length > 0);
  }

  /** Starts from `lastRead` when given (the removal's condition catches a change since; it then reads and retries). */
  async markPublished(aggregateId: string, eventIds: readonly string[], lastRead?: readonly CloudEvent[]): Promise<void> {
    const key = keyOf(aggregateId);
    const published = new Set(eventIds);
    let known = lastRead;
    for (let attempt = 1; attempt <= MARK_ATTEMPTS; attempt++) {
      const events = known ?? (await this.readOutbox(key));
      known = undefined;
      const positions = events.flatMap((event, position) => (published.has(event.id) ? [position] : []));
      if (positions.length === 0) return;
      try {
        await this.remove(key, positions, events);
        return;
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }
    throw new Error(`Outbox of ${aggregateId}: could not mark events published after ${MARK_ATTEMPTS} attempts`);
  }

  private async pendingKeys(limit: number): Promise<ItemKey[]> {
    const page = await this.queryIndex(limit, this.cursor);
    if (page.keys.length === 0 && this.cursor !== undefined) {
      this.cursor = undefined;
      return this.pendingKeys(limit);
    }
    this.cursor = page.next;
    return page.keys;
  }

  private async queryIndex(limit: number, start: Key | undefined): Promise<{ keys: ItemKey[]; next: Key | undefined }> {
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: this.indexName,
        KeyConditionExpression: '#pending = :pending',
        ExpressionAttributeNames: { '#pending': outboxAttributes.pending },
        ExpressionAttributeValues: { ':pending': OUTBOX_PENDING },
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    return { keys: Items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })), next: LastEvaluatedKey };
  }

  private async readOutbox(key: ItemKey): Promise<CloudEvent[]> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: key,
        ConsistentRead: true,
        ProjectionExpression: '#outbox',
        ExpressionAttributeNames: { '#outbox': outboxAttributes.events },
      }),
    );
    return (Item?.[outboxAttributes.events] as CloudEvent[] | undefined) ?? [];
  }

  /**
   * Removes the events at `positions`, on condition that each position still holds the event read there
   * (events are only ever appended, so a concurrent append keeps positions valid). When no event would
   * remain, drops the list and the index attribute instead — on condition that nothing was appended meanwhile.
   */
  private async remove(key: ItemKey, positions: readonly number[], events: readonly CloudEvent[]): Promise<void> {
    const values: Record<string, NativeAttributeValue> = {};
    const unchanged = positions.map((position) => {
      values[`:id${position}`] = events[position]?.id;
      return `#outbox[${position}].#id = :id${position}`;
    });
    const emptied = positions.length === events.length;
    if (emptied) values[':count'] = events.length;
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: emptied
          ? 'REMOVE #outbox, #pending'
          : `REMOVE ${lastFirst(positions)
              .map((position) => `#outbox[${position}]`)
              .join(', ')}`,
        ConditionExpression: [...unchanged, ...(emptied ? ['size(#outbox) = :count'] : [])].join(' AND '),
        ExpressionAttributeNames: {
          '#outbox': outboxAttributes.events,
          '#id': 'id',
          ...(emptied ? { '#pending': outboxAttributes.pending } : {}),
        },
        ExpressionAttributeValues: values,
      }),
    );
  }
}
