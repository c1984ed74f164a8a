import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock, conflict } from '@bank/kernel';
import { isConditionalCheckFailed, type Item } from '@bank/store-dynamodb';
import type { KeyDirectory, PixKeyRecord } from '../../application/ports';
import { KeyQuota } from './key-quota';
import { keyFromItem, keyToItem } from './key-items';
import { itemKeys, ownerPartition, pixIndexes } from './pix-table';

export interface DynamoDbKeyDirectoryOptions {
  readonly client: DynamoDBDocumentClient;
  /** The Pix table (pixTable). */
  readonly tableName: string;
  readonly clock?: Clock;
  /** How long a quota slot may go without its key before a registration frees it as left behind by a crash; 60 s by default. */
  readonly reservationTimeoutMs?: number;
}

/**
 * The key directory in the Pix table. A key is unique because its item's `pk` is the key (claimed
 * by a conditional put); the per-owner limit is held by the owner's quota item (KeyQuota).
 */
export class DynamoDbKeyDirectory implements KeyDirectory {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly quota: KeyQuota;

  constructor({ client, tableName, clock = systemClock, reservationTimeoutMs = 60_000 }: DynamoDbKeyDirectoryOptions) {
    this.client = client;
    this.tableName = tableName;
    this.quota = new KeyQuota({ client, tableName, clock, reservationTimeoutMs });
  }

  async add(record: PixKeyRecord, limit: number): Promise<void> {
    const { ownerId, key } = record;
    const reservation = await this.quota.reserve(ownerId, key.value, limit);
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: keyToItem(record, reservation), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      // Should the release fail too, the slot is one a crash would have left: the quota frees it later.
      await this.quota.release(ownerId, key.value, reservation).catch(() => undefined);
      if (isConditionalCheckFailed(error)) throw conflict(`the Pix key ${key.value} is already registered`);
      throw error;
    }
  }

  async remove(ownerId: string, key: string): Promise<boolean> {
    let removed: Item | undefined;
    try {
      ({ Attributes: removed } = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: itemKeys.key(key),
          ConditionExpression: '#ownerId = :ownerId',
          ExpressionAttributeNames: { '#ownerId': 'ownerId' },
          ExpressionAttributeValues: { ':ownerId': ownerId },
          ReturnValues: 'ALL_OLD',
        }),
      ));
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
    await this.quota.release(ownerId, key, String(removed?.reservation));
    return true;
  }

  async find(key: string): Promise<PixKeyRecord | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: itemKeys.key(key), ConsistentRead: true }));
    return Item === undefined ? null : keyFromItem(Item);
  }

  async activate(ownerId: string, keyId: string, key: string): Promise<PixKeyRecord | null> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: itemKeys.key(key),
          UpdateExpression: 'SET #status = :active',
          ConditionExpression: '#ownerId = :ownerId AND #id = :id',
          ExpressionAttributeNames: { '#status': 'status', '#ownerId': 'ownerId', '#id': 'id' },
          ExpressionAttributeValues: { ':active': 'ACTIVE', ':ownerId': ownerId, ':id': keyId },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? null : keyFromItem(Attributes);
    } catch (error) {
      if (isConditionalCheckFailed(error)) return null;
      throw error;
    }
  }

  async ownedBy(ownerId: string): Promise<readonly PixKeyRecord[]> {
    const records: PixKeyRecord[] = [];
    let start: Item | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: pixIndexes.byOwner.name,
          KeyConditionExpression: '#partition = :partition',
          ExpressionAttributeNames: { '#partition': pixIndexes.byOwner.partitionKey },
          ExpressionAttributeValues: { ':partition': ownerPartition(ownerId, 'KEYS') },
          ExclusiveStartKey: start,
        }),
      );
      records.push(...Items.map(keyFromItem));
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return records;
  }
}
