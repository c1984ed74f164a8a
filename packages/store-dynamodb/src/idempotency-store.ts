import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock } from '@bank/kernel';
import type { BeginResult, IdempotencyStore } from '@bank/messaging';
import { LeaseRecords } from './lease-records';
import type { ItemKey } from './service-table';

export interface DynamoDbIdempotencyStoreOptions {
  readonly client: DynamoDBDocumentClient;
  /** The service's table (see README.md). */
  readonly tableName: string;
  readonly clock?: Clock;
  /** How long a completed key answers with its first response; 24 hours by default. */
  readonly retentionSeconds?: number;
}

/** `key` admits no "#" (withIdempotency validates it), so distinct (scope, key) pairs never share an item. */
const keyOf = (scope: string, key: string): ItemKey => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' });

/** Idempotency keys as items of the service's table, each written by one conditional write. */
export class DynamoDbIdempotencyStore implements IdempotencyStore {
  private readonly records: LeaseRecords;

  constructor({ client, tableName, clock = systemClock, retentionSeconds = 24 * 60 * 60 }: DynamoDbIdempotencyStoreOptions) {
    this.records = new LeaseRecords({ client, tableName, clock, retentionSeconds });
  }

  async begin(scope: string, key: string, requestHash: string, leaseMs: number): Promise<BeginResult> {
    const claim = await this.records.claim(keyOf(scope, key), { requestHash }, leaseMs);
    if (claim.outcome === 'claimed') return { state: 'started', token: claim.token };
    const { record } = claim;
    const storedHash = String(record.requestHash);
    return record.state === 'completed'
      ? { state: 'completed', requestHash: storedHash, response: String(record.response) }
      : { state: 'in-progress', requestHash: storedHash };
  }

  complete(scope: string, key: string, token: string, response: string): Promise<boolean> {
    return this.records.complete(keyOf(scope, key), token, { response });
  }

  release(scope: string, key: string, token: string): Promise<boolean> {
    return this.records.release(keyOf(scope, key), token);
  }
}
