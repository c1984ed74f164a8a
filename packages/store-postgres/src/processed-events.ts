import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { ClaimResult, ProcessedEventStore } from '@bank/messaging';

/** The event ids each consumer has claimed or handled, one row per (consumer, event id). */
export interface ProcessedEventsTable {
  consumer: string;
  event_id: string;
  token: string;
  state: 'in-progress' | 'completed';
  claimed_at: Date;
}

export interface ProcessedEventsDatabase {
  processed_events: ProcessedEventsTable;
}

/** Creates the processed_events table: include it in the service's migrations. */
export const processedEventsMigration: Migration = {
  async up(db) {
    await sql`
      create table processed_events (
        consumer text not null,
        event_id text not null,
        token text not null,
        state text not null check (state in ('in-progress', 'completed')),
        claimed_at timestamptz not null,
        primary key (consumer, event_id)
      )`.execute(db);
  },
};

/**
 * The ProcessedEventStore of @bank/messaging on PostgreSQL: a claim is one upsert that takes the row
 * only when it is new or its in-progress lease is over, so two workers never hold one event at once.
 */
export class PostgresProcessedEventStore<DB> implements ProcessedEventStore {
  private readonly db: Kysely<ProcessedEventsDatabase>;

  /** `db` is the service's database, whose migrations include processedEventsMigration. */
  constructor(db: Kysely<DB>) {
    this.db = db as unknown as Kysely<ProcessedEventsDatabase>;
  }

  async claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult> {
    const token = randomUUID();
    const { rows } = await sql<{ token: string }>`
      insert into processed_events (consumer, event_id, token, state, claimed_at) values (${consumer}, ${eventId}, ${token}, 'in-progress', now())
      on conflict (consumer, event_id) do update set token = excluded.token, claimed_at = excluded.claimed_at
        where processed_events.state = 'in-progress' and processed_events.claimed_at < now() - ${leaseMs}::integer * interval '1 millisecond'
      returning token`.execute(this.db);
    if (rows[0]?.token === token) return { outcome: 'claimed', token };
    const row = await this.db
      .selectFrom('processed_events')
      .select('state')
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return { outcome: row?.state === 'completed' ? 'already-processed' : 'busy' };
  }

  async complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    const result = await this.db
      .updateTable('processed_events')
      .set({ state: 'completed' })
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .where('token', '=', token)
      .where('state', '=', 'in-progress')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async release(consumer: string, eventId: string, token: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('processed_events')
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .where('token', '=', token)
      .where('state', '=', 'in-progress')
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
