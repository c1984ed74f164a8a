import { randomUUID } from 'node:crypto';
import { mongo, type Connection } from 'mongoose';
import type { Clock } from '@bank/kernel';
import { isDuplicateKeyError } from './duplicate-key';
import { exclusiveWrite } from './exclusive-write';

/** A record is `in-progress` (held until `leaseUntil`) or `completed`; either way it is kept until `expiresAt`. */
export type LeaseRecord<Attributes> = Attributes & {
  _id: string;
  /**
   * The claim that wrote this record: tells it apart from one recreated under the same _id, so a takeover
   * deletes exactly the stale one, and only the claim's holder completes or releases it.
   */
  token: string;
  expiresAt: Date;
} & ({ state: 'in-progress'; leaseUntil: Date } | { state: 'completed' });

/** How the collection holds a record; the store-specific attributes sit beside these fields. */
interface StoredLease extends mongo.Document {
  _id: string;
  token: string;
  state: 'in-progress' | 'completed';
  leaseUntil?: Date;
  expiresAt: Date;
}

export type Claim<Attributes> =
  { readonly outcome: 'claimed'; readonly token: string } | { readonly outcome: 'held'; readonly record: LeaseRecord<Attributes> };

/** Whether the server deletes expired records by itself (a TTL index) or they just count as absent. */
export type Retention = 'ttl-index' | 'no-ttl-index';

export interface LeaseRecordsOptions {
  readonly connection: Connection;
  readonly collection: string;
  readonly clock: Clock;
  readonly retentionMs: number;
}

/** A record that keeps vanishing and reappearing between the failed insert and the read; never in practice. */
const CLAIM_ATTEMPTS = 5;

/** MongoDB's NotImplemented, which FerretDB 1.x answers to `expireAfterSeconds`. */
const NOT_IMPLEMENTED = 238;

/**
 * Records claimed with a lease, shared by the idempotency and the processed-event stores. Every claim
 * is an insert (a unique _id decides the race) and a takeover deletes exactly the stale record before
 * inserting again. Takeovers, completions and releases match the record's token and go through
 * `exclusiveWrite`, as FerretDB 1.x applies neither a conditional update nor a delete atomically. A record past
 * `expiresAt` counts as absent whether or not a TTL index has removed it yet.
 */
export class LeaseRecords<Attributes extends object> {
  private readonly records: mongo.Collection<StoredLease>;

  constructor(private readonly options: LeaseRecordsOptions) {
    this.records = options.connection.collection<StoredLease>(options.collection);
  }

  /** Claims the record under a new token unless a live claim or a completed record holds it; then returns that record. */
  async claim(_id: string, attributes: Attributes, leaseMs: number): Promise<Claim<Attributes>> {
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
      const now = this.options.clock.now();
      const token = randomUUID();
      try {
        await this.records.insertOne({
          ...attributes,
          _id,
          token,
          state: 'in-progress',
          leaseUntil: new Date(now.getTime() + leaseMs),
          expiresAt: this.expiresAt(now),
        });
        return { outcome: 'claimed', token };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const existing = await this.records.findOne({ _id });
      if (existing === null) continue;
      if (!isStale(existing, now)) return { outcome: 'held', record: existing as LeaseRecord<Attributes> };
      await this.exclusiveWrite(_id, () =>
        this.records.deleteOne({
          _id,
          token: existing.token,
          $or: [{ state: 'in-progress', leaseUntil: { $lte: now } }, { expiresAt: { $lte: now } }],
        }),
      );
    }
    throw new Error(`Could not claim ${_id} after ${CLAIM_ATTEMPTS} attempts`);
  }

  /**
   * Marks the record completed, with `attributes` (e.g. the response), and keeps it for the retention period —
   * if the claim `token` still holds it (even past its lease, when nobody took it over). false: nothing written.
   */
  async complete(_id: string, token: string, attributes: Partial<Attributes> = {}): Promise<boolean> {
    const { matchedCount } = await this.exclusiveWrite(_id, () =>
      this.records.updateOne(
        { _id, token, state: 'in-progress' },
        { $set: { ...attributes, state: 'completed', expiresAt: this.expiresAt(this.options.clock.now()) }, $unset: { leaseUntil: '' } },
      ),
    );
    return matchedCount === 1;
  }

  /** Drops the in-progress claim `token` holds; false (nothing deleted) when it holds none, e.g. the record is completed. */
  async release(_id: string, token: string): Promise<boolean> {
    const { deletedCount } = await this.exclusiveWrite(_id, () => this.records.deleteOne({ _id, token, state: 'in-progress' }));
    return deletedCount === 1;
  }

  /** Creates the TTL index on `expiresAt` where the server supports one. */
  async ensureIndexes(): Promise<Retention> {
    try {
      await this.records.createIndex({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
      return 'ttl-index';
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === NOT_IMPLEMENTED) return 'no-ttl-index';
      throw error;
    }
  }

  /**
   * Deletes up to `limit` records past their retention (where no TTL index does it), each under the
   * document's turn so a takeover re-inserting it in between is never undone; how many went.
   */
  async purgeExpired(limit: number): Promise<number> {
    const now = this.options.clock.now();
    const expired = await this.records.find({ expiresAt: { $lte: now } }, { projection: { _id: 1, token: 1 }, limit }).toArray();
    let purged = 0;
    for (const { _id, token } of expired) {
      const { deletedCount } = await this.exclusiveWrite(_id, () => this.records.deleteOne({ _id, token, expiresAt: { $lte: now } }));
      purged += deletedCount;
    }
    return purged;
  }

  /**
   * Updates and deletes take turns: on FerretDB 1.x they find their document, then rewrite or delete it by
   * _id alone, so without this a takeover could delete the record another takeover had just inserted, or
   * a stale holder's completion overwrite the record of the claim that took over.
   */
  private exclusiveWrite<T>(_id: string, write: () => Promise<T>): Promise<T> {
    return exclusiveWrite(this.options.connection, this.options.collection, _id, write);
  }

  private expiresAt(now: Date): Date {
    return new Date(now.getTime() + this.options.retentionMs);
  }
}

const isStale = (record: StoredLease, now: Date): boolean =>
  record.expiresAt <= now || (record.state === 'in-progress' && record.leaseUntil !== undefined && record.leaseUntil <= now);
