import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@bank/domain';
import { isConditionalCheckFailed } from './conditional';
import type { ItemKey } from './service-table';

type Attributes = Record<string, NativeAttributeValue>;

/** The record's own attributes: a record is `in-progress` (held until `leaseUntil`, epoch ms) or `completed`. */
export type LeaseRecord = Attributes & ({ readonly state: 'in-progress'; readonly leaseUntil: number } | { readonly state: 'completed' });

export type Claim = { readonly outcome: 'claimed' } | { readonly outcome: 'held'; readonly record: LeaseRecord };

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

/**
 * Records claimed with a lease by a single conditional write, shared by the idempotency and the
 * processed-event stores. TTL deletes late (up to days), so an expired record counts as absent.
 */
export class LeaseRecords {
  constructor(private readonly options: LeaseRecordsOptions) {}

  /** Claims the record unless a live claim or a completed record holds it; then returns that record. */
  async claim(key: ItemKey, attributes: Attributes, leaseMs: number): Promise<Claim> {
    const { client, tableName, clock } = this.options;
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
      const now = clock.now().getTime();
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...attributes, ...key, state: 'in-progress', leaseUntil: now + leaseMs, expiresAt: this.expiresAt(now) },
            ConditionExpression:
              'attribute_not_exists(pk) OR (#state = :inProgress AND #leaseUntil <= :now) OR #expiresAt <= :nowSeconds',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: { ':inProgress': 'in-progress', ':now': now, ':nowSeconds': Math.floor(now / 1000) },
          }),
        );
        return { outcome: 'claimed' };
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      if (Item !== undefined) return { outcome: 'held', record: Item as LeaseRecord };
    }
    throw new Error(`Could not claim ${key.pk} after ${CLAIM_ATTEMPTS} attempts`);
  }

  /** Marks the claimed record completed, with `attributes` (e.g. the response), and keeps it for the retention period. */
  async complete(key: ItemKey, attributes: Attributes = {}): Promise<void> {
    const { client, tableName, clock } = this.options;
    const sets = Object.keys(attributes).map((name, index) => ({ name, placeholder: `#a${index}`, value: `:a${index}` }));
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: `SET ${['#state = :completed', '#expiresAt = :expiresAt', ...sets.map((s) => `${s.placeholder} = ${s.value}`)].join(', ')} REMOVE #leaseUntil`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { ...names, ...Object.fromEntries(sets.map((s) => [s.placeholder, s.name])) },
          ExpressionAttributeValues: {
            ':completed': 'completed',
            ':expiresAt': this.expiresAt(clock.now().getTime()),
            ...Object.fromEntries(sets.map((s) => [s.value, attributes[s.name]])),
          },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new Error(`No claim to complete for ${key.pk}`, { cause: error });
      throw error;
    }
  }

  /** Drops an in-progress claim; a completed record stays, and releasing nothing is not an error. */
  async release(key: ItemKey): Promise<void> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: key,
          ConditionExpression: '#state = :inProgress',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':inProgress': 'in-progress' },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  private expiresAt(nowMs: number): number {
    return Math.floor(nowMs / 1000) + this.options.retentionSeconds;
  }
}
