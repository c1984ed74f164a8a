import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock } from '@bank/kernel';
import type { ClaimResult, ProcessedEventStore } from '@bank/messaging';
import { LeaseRecords } from './lease-records';
import type { ItemKey } from './service-table';

export interface DynamoDbProcessedEventStoreOptions {
  readonly client: DynamoDBDocumentClient;
  /** The service's table (see README.md). */
  readonly tableName: string;
  readonly clock?: Clock;
  /** How long a handled event id is remembered; longer than the broker can redeliver. 7 days by default. */
  readonly retentionSeconds?: number;
}

const keyOf = (consumer: string, eventId: string): ItemKey => ({ pk: `PROCESSED#${consumer}#${eventId}`, sk: 'PROCESSED' });

/** Handled event ids as items of the service's table, each written by one conditional write. */
export class DynamoDbProcessedEventStore implements ProcessedEventStore {
  private readonly records: LeaseRecords;

  constructor({ client, tableName, clock = systemClock, retentionSeconds = 7 * 24 * 60 * 60 }: DynamoDbProcessedEventStoreOptions) {
    this.records = new LeaseRecords({ client, tableName, clock, retentionSeconds });
  }

  async claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult> {
    const claim = await this.records.claim(keyOf(consumer, eventId), {}, leaseMs);
    if (claim.outcome === 'claimed') return { outcome: 'claimed', token: claim.token };
    return { outcome: claim.record.state === 'completed' ? 'already-processed' : 'busy' };
  }

  complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    return this.records.complete(keyOf(consumer, eventId), token);
  }

  release(consumer: string, eventId: string, token: string): Promise<boolean> {
    return this.records.release(keyOf(consumer, eventId), token);
  }
}
