import type { Connection } from 'mongoose';
import { systemClock, type Clock } from '@bank/kernel';
import type { ClaimResult, ProcessedEventStore } from '@bank/messaging';
import { LeaseRecords, type Retention } from './lease-records';
import { pairId } from './record-id';

export interface MongoProcessedEventStoreOptions {
  readonly connection: Connection;
  /** 'processed_events' by default. */
  readonly collection?: string;
  /** How long a handled event is remembered; keep it above the longest redelivery delay. 7 days by default. */
  readonly retentionMs?: number;
  readonly clock?: Clock;
}

interface EventAttributes {
  consumer: string;
  eventId: string;
}

/** The event ids each consumer has handled, one document per (consumer, event id). */
export class MongoProcessedEventStore implements ProcessedEventStore {
  private readonly records: LeaseRecords<EventAttributes>;

  constructor({ connection, collection = 'processed_events', retentionMs = 7 * 24 * 60 * 60 * 1000, clock = systemClock }: MongoProcessedEventStoreOptions) {
    this.records = new LeaseRecords({ connection, collection, clock, retentionMs });
  }

  async claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult> {
    const claim = await this.records.claim(pairId(consumer, eventId), { consumer, eventId }, leaseMs);
    if (claim.outcome === 'claimed') return { outcome: 'claimed', token: claim.token };
    return { outcome: claim.record.state === 'completed' ? 'already-processed' : 'busy' };
  }

  complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    return this.records.complete(pairId(consumer, eventId), token);
  }

  release(consumer: string, eventId: string, token: string): Promise<boolean> {
    return this.records.release(pairId(consumer, eventId), token);
  }

  /** Run at start-up; see `LeaseRecords.ensureIndexes`. */
  ensureIndexes(): Promise<Retention> {
    return this.records.ensureIndexes();
  }
}
