import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@bank/kernel';
import { isConditionalCheckFailed } from './conditional';
import type { ItemKey } from './service-table';

type Attributes = Record<string, NativeAttributeValue>;

/**
 * The record's own attributes: a record is `in-progress` (held until `leaseUntil`, epoch ms) or `completed`.
 * `token` names the claim that wrote it, so only that claim's holder completes or releases it.
 */
export type LeaseRecord = Attributes & { readonly token: string } & (
    { readonly state: 'in-progress'; readonly leaseUntil: number } | { readonly state: 'completed' }
  );

export type Claim = { readonly outcome: 'claimed'; readonly token: string } | { readonly outcome: 'held'; readonly record: LeaseRecord };

export interface LeaseRecordsOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly clock: Clock;
  /** How long a record is kept; `expiresAt` (epoch seconds) is the table's TTL attribute. */
  readonly retentionSeconds: number;
}

/** A record that vanishes between the failed claim and the read (released) is claimed again, a few times at most. */
const CLAIM_ATTEMPTS = 3;

const names = { '#state': 'state', '#leaseUntil': 'leaseUntil', '#expiresAt': 'expiresAt' };

/** Holds only while the record is the in-progress claim that `:token` made (not a takeover's, not completed). */
const HELD_BY_TOKEN = '#state = :inProgress AND #token = :token';

/**
 * Records claimed with a lease by a single conditional write, shared by the idempotency and the
 * processed-event stores. TTL deletes late (up to days), so an expired record counts as absent.
 */
export class LeaseRecords {
  constructor(private readonly options: LeaseRecordsOptions) {}

  /**
   * Claims the record under a new token unless a live claim or a completed record holds it; then returns
   * that record. Putting the whole item replaces an expired claim, token included.
   */
  async claim(key: ItemKey, attributes: Attributes, leaseMs: number): Promise<Claim> {
    const { client, tableName, clock } = this.options;
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
      const now = clock.now().getTime();
      const token = randomUUID();
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...attributes, ...key, token, state: 'in-progress', leaseUntil: now + leaseMs, expiresAt: this.expiresAt(now) },
            ConditionExpression: 'attribute_not_exists(pk) OR (#state = :inProgress AND #leaseUntil <= :now) OR #expiresAt <= :nowSeconds',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ':inProgress': 'in-progress', ':now': now, ':nowSeconds': Math.floor(now / 1000) },
          }),
        );
        return { outcome: 'claimed', token };
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      if (Item !== undefined) return { outcome: 'held', record: Item as LeaseRecord };
    }
    throw new Error(`Could not claim ${key.pk} after ${CLAIM_ATTEMPTS} attempts`);
  }

  /**
   * Marks the record completed, with `attributes` (e.g. the response), and keeps it for the retention period —
   * if the claim `token` still holds it (even past its lease, when nobody took it over). false: nothing written.
   */
  async complete(key: ItemKey, token: string, attributes: Attributes = {}): Promise<boolean> {
    const { client, tableName, clock } = this.options;
    const sets = Object.keys(attributes).map((name, index) => ({ name, placeholder: `#a${index}`, value: `:a${index}` }));
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: `SET ${['#state = :completed', '#expiresAt = :expiresAt', ...sets.map((s) => `${s.placeholder} = ${s.value}`)].join(', ')} REMOVE #leaseUntil`,
          ConditionExpression: HELD_BY_TOKEN,
          ExpressionAttributeNames: { ...names, '#token': 'token', ...Object.fromEntries(sets.map((s) => [s.placeholder, s.name])) },
          ExpressionAttributeValues: {
            ':completed': 'completed',
            ':inProgress': 'in-progress',
            ':token': token,
            ':expiresAt': this.expiresAt(clock.now().getTime()),
            ...Object.fromEntries(sets.map((s) => [s.value, attributes[s.name]])),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Drops the in-progress claim `token` holds; false (nothing deleted) when it holds none, e.g. the record is completed. */
  async release(key: ItemKey, token: string): Promise<boolean> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: key,
          ConditionExpression: HELD_BY_TOKEN,
          ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
          ExpressionAttributeValues: { ':inProgress': 'in-progress', ':token': token },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  private expiresAt(nowMs: number): number {
    return Math.floor(nowMs / 1000) + this.options.retentionSeconds;
  }
}
