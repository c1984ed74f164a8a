import { randomUUID } from 'node:crypto';
import { PutCommand, UpdateCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Clock, conflict, unprocessable } from '@bank/kernel';
import { batchGetItems, isConditionalCheckFailed } from '@bank/store-dynamodb';
import { z } from 'zod';
import { itemKeys } from './pix-table';

export interface KeyQuotaOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly clock: Clock;
  /** How long a slot may go without its key before it counts as left behind by a crash. */
  readonly reservationTimeoutMs: number;
}

const slotsOf = z.object({ slots: z.record(z.string(), z.object({ reservation: z.string(), reservedAt: z.number() })) });
type Slots = z.infer<typeof slotsOf>['slots'];

/** Creating the quota item, freeing dead slots and a concurrent release each cost one more attempt. */
const RESERVE_ATTEMPTS = 5;

/**
 * The slots an owner's keys take, one quota item per owner (`slots`: key → reservation), so that
 * the limit holds by a single-item conditional write: a registration reserves a slot, then claims
 * the key; removal deletes the key, then releases the slot. A crash between the two writes leaves
 * a slot without its key: once older than the timeout (no registration takes that long), the
 * next registration that finds the quota full frees it.
 */
export class KeyQuota {
  constructor(private readonly options: KeyQuotaOptions) {}

  /**
   * Takes a slot for `key` and returns its reservation. UNPROCESSABLE when the owner's `limit`
   * slots are all taken by live keys or registrations in flight, CONFLICT when the owner holds
   * `key` already or is registering it right now.
   */
  async reserve(ownerId: string, key: string, limit: number): Promise<string> {
    const reservation = randomUUID();
    for (let attempt = 1; attempt <= RESERVE_ATTEMPTS; attempt++) {
      if (await this.take(ownerId, key, reservation, limit)) return reservation;
      const slots = await this.slots(ownerId);
      if (slots === null) {
        await this.open(ownerId);
        continue;
      }
      const freed = await this.freeDeadSlots(ownerId, slots);
      if (Object.hasOwn(slots, key) && !freed.has(key)) throw conflict(`the Pix key ${key} is already registered`);
      if (freed.size === 0 && Object.keys(slots).length >= limit) {
        throw unprocessable(`customer ${ownerId} already holds ${limit} Pix keys, the most allowed`);
      }
    }
    throw conflict(`the Pix keys of customer ${ownerId} are being changed by other requests; try again`);
  }

  /** Frees the slot `reservation` took, unless it is gone already (freed as dead, or never taken). */
  async release(ownerId: string, key: string, reservation: string): Promise<void> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKeys.keyQuota(ownerId),
          UpdateExpression: 'REMOVE #slots.#key',
          ConditionExpression: '#slots.#key.#reservation = :reservation',
          ExpressionAttributeNames: { '#slots': 'slots', '#key': key, '#reservation': 'reservation' },
          ExpressionAttributeValues: { ':reservation': reservation },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** One conditional write: false when the item is missing, the slot taken or the quota full. */
  private async take(ownerId: string, key: string, reservation: string, limit: number): Promise<boolean> {
    const { client, tableName, clock } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKeys.keyQuota(ownerId),
          UpdateExpression: 'SET #slots.#key = :slot',
          ConditionExpression: 'attribute_not_exists(#slots.#key) AND size(#slots) < :limit',
          ExpressionAttributeNames: { '#slots': 'slots', '#key': key },
          ExpressionAttributeValues: { ':slot': { reservation, reservedAt: clock.now().getTime() }, ':limit': limit },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  private async slots(ownerId: string): Promise<Slots | null> {
    const { client, tableName } = this.options;
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: itemKeys.keyQuota(ownerId), ConsistentRead: true }));
    return Item === undefined ? null : slotsOf.parse(Item).slots;
  }

  private async open(ownerId: string): Promise<void> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new PutCommand({ TableName: tableName, Item: { ...itemKeys.keyQuota(ownerId), slots: {} }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** Frees the slots older than the timeout whose key the owner does not hold; returns their keys. */
  private async freeDeadSlots(ownerId: string, slots: Slots): Promise<Set<string>> {
    const { client, tableName, clock, reservationTimeoutMs } = this.options;
    const cutoff = clock.now().getTime() - reservationTimeoutMs;
    const stale = Object.entries(slots).filter(([, slot]) => slot.reservedAt <= cutoff);
    if (stale.length === 0) return new Set();
    const keys = await batchGetItems(
      client,
      tableName,
      stale.map(([key]) => itemKeys.key(key)),
    );
    const dead = stale.filter(([key]) => keys.get(itemKeys.key(key))?.ownerId !== ownerId);
    await Promise.all(dead.map(([key, slot]) => this.release(ownerId, key, slot.reservation)));
    return new Set(dead.map(([key]) => key));
  }
}
