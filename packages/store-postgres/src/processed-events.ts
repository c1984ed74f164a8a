import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { ClaimResult, ProcessedEventStore } from '@bank/messaging';

/** The processed-events table, as a service's database type includes it. */
export interface ProcessedEventsTable {
  consumer: string;
  event_id: string;
  /** The current holder's claim; null once completed. */
  token: string | null;
  completed: boolean;
  lease_until: Date;
}

export interface ProcessedEventsDatabase {
  processed_events: ProcessedEventsTable;
}

/** Creates the processed-events table: include it in the service's migrations. */
export const processedEventsMigration: Migration = {
  async up(db) {
    await sql`
      create table processed_events (
        consumer text not null,
        event_id text not null,
        token text,
        completed boolean not null default false,
        lease_until timestamptz not null,
        primary key (consumer, event_id)
      )`.execute(db);
  },
};

/**
 * Handled event ids per consumer, each claimed by one statement: an insert, or the take-over of a
 * claim whose lease ran out (`ON CONFLICT ... DO UPDATE ... WHERE`), so two workers never both hold it.
 */
export class PostgresProcessedEventStore<DB> implements ProcessedEventStore {
  private readonly db: Kysely<ProcessedEventsDatabase>;

  constructor(db: Kysely<DB>) {
    this.db = db as unknown as Kysely<ProcessedEventsDatabase>;
  }

  async claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult> {
    const token = randomUUID();
    const claimed = await this.db
      .insertInto('processed_events')
      .values({ consumer, event_id: eventId, token, completed: false, lease_until: sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval` })
      .onConflict((conflict) =>
        conflict
          .columns(['consumer', 'event_id'])
          .doUpdateSet({ token, lease_until: sql<Date>`now() + ${`${leaseMs} milliseconds`}::interval` })
          .where('processed_events.completed', '=', false)
          .where('processed_events.lease_until', '<', sql<Date>`now()`),
      )
      .returning('token')
      .executeTakeFirst();
    if (claimed !== undefined) return { outcome: 'claimed', token };
    const existing = await this.db
      .selectFrom('processed_events')
      .select('completed')
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return { outcome: existing?.completed === true ? 'already-processed' : 'busy' };
  }

  async complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    const result = await this.db
      .updateTable('processed_events')
      .set({ completed: true, token: null })
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .where('token', '=', token)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async release(consumer: string, eventId: string, token: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('processed_events')
      .where('consumer', '=', consumer)
      .where('event_id', '=', eventId)
      .where('token', '=', token)
      .where('completed', '=', false)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
