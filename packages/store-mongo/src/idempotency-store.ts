import type { Connection } from 'mongoose';
import { systemClock, type Clock } from '@bank/kernel';
import type { BeginResult, IdempotencyStore } from '@bank/messaging';
import { LeaseRecords, type Retention } from './lease-records';
import { pairId } from './record-id';

export interface MongoIdempotencyStoreOptions {
  readonly connection: Connection;
  /** 'idempotency_keys' by default. */
  readonly collection?: string;
  /** How long a completed key answers retries; 24 h by default. */
  readonly retentionMs?: number;
  readonly clock?: Clock;
}

interface KeyAttributes {
  scope: string;
  key: string;
  requestHash: string;
  response?: string;
}

/** Idempotency keys, one document per (scope, key). */
export class MongoIdempotencyStore implements IdempotencyStore {
  private readonly records: LeaseRecords<KeyAttributes>;

  constructor({ connection, collection = 'idempotency_keys', retentionMs = 24 * 60 * 60 * 1000, clock = systemClock }: MongoIdempotencyStoreOptions) {
    this.records = new LeaseRecords({ connection, collection, clock, retentionMs });
  }

  async begin(scope: string, key: string, requestHash: string, leaseMs: number): Promise<BeginResult> {
    const claim = await this.records.claim(pairId(scope, key), { scope, key, requestHash }, leaseMs);
    if (claim.outcome === 'claimed') return { state: 'started', token: claim.token };
    const { record } = claim;
    if (record.state === 'in-progress') return { state: 'in-progress', requestHash: record.requestHash };
    return { state: 'completed', requestHash: record.requestHash, response: record.response ?? 'null' };
  }

  complete(scope: string, key: string, token: string, response: string): Promise<boolean> {
    return this.records.complete(pairId(scope, key), token, { response });
  }

  release(scope: string, key: string, token: string): Promise<boolean> {
    return this.records.release(pairId(scope, key), token);
  }

  /** Deletes up to `limit` keys past their retention; for a server without TTL indexes (FerretDB 1.x), run it periodically. */
  purgeExpired(limit = 500): Promise<number> {
    return this.records.purgeExpired(limit);
  }

  /** Run at start-up; see `LeaseRecords.ensureIndexes`. */
  ensureIndexes(): Promise<Retention> {
    return this.records.ensureIndexes();
  }
}
