import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import type { CloudEvent, OutboxStore, PendingEvents } from '@bank/messaging';

/** The outbox table, as a service's database type includes it. */
export interface OutboxTable {
  position: Generated<bigint>;
  /** Events of one aggregate go out in order, one aggregate at a time. */
  aggregate_id: string;
  event_id: string;
  event: CloudEvent;
  /** A relay replica holds the aggregate's events until then; past it another may take them. */
  claimed_until: Date | null;
}

export interface OutboxDatabase {
  outbox: OutboxTable;
}

/** Creates the outbox table: include it in the service's migrations. */
export const outboxMigration: Migration = {
  async up(db) {
    await sql`
      create table outbox (
        position bigint generated always as identity primary key,
        aggregate_id text not null,
        event_id text not null unique,
        event jsonb not null,
        claimed_until timestamptz
      )`.execute(db);
    await sql`create index outbox_by_aggregate on outbox (aggregate_id, position)`.execute(db);
  },
};

const outbox = <DB extends OutboxDatabase>(db: Kysely<DB>): Kysely<OutboxDatabase> => db as unknown as Kysely<OutboxDatabase>;

/**
 * Stores the events of a state change; call it with the transaction that writes the change, so
 * that an event exists if and only if its change was committed. The aggregate is the event's subject.
 */
export async function appendToOutbox<DB extends OutboxDatabase>(trx: Kysely<DB>, events: readonly CloudEvent[]): Promise<void> {
  if (events.length === 0) return;
  await outbox(trx)
    .insertInto('outbox')
    .values(events.map((event) => ({ aggregate_id: event.subject, event_id: event.id, event: JSON.stringify(event) as unknown as CloudEvent })))
    .execute();
}

export interface PostgresOutboxStoreOptions {
  /** How long a relay holds the aggregates it read before another replica may take them (and, after a failed publish, before it retries them). 15 s by default. */
  readonly claimLeaseMs?: number;
}

/**
 * The relay's view of the outbox table. Several relay replicas share it: each pass claims whole
 * aggregates through their oldest row (`FOR UPDATE SKIP LOCKED`, then a lease), so two replicas
 * never publish one aggregate's events at once, nor out of order.
 */
export class PostgresOutboxStore<DB extends OutboxDatabase> implements OutboxStore {
  private readonly claimLeaseMs: number;

  constructor(
    private readonly db: Kysely<DB>,
    { claimLeaseMs = 15_000 }: PostgresOutboxStoreOptions = {},
  ) {
    this.claimLeaseMs = claimLeaseMs;
  }

  async pending(limit: number): Promise<PendingEvents[]> {
    const { rows } = await sql<{ aggregate_id: string; event: CloudEvent }>`
      with heads as (
        select o.aggregate_id from outbox o
        where (o.claimed_until is null or o.claimed_until < now())
          and not exists (select 1 from outbox earlier where earlier.aggregate_id = o.aggregate_id and earlier.position < o.position)
        order by o.position
        limit ${limit}
        for update skip locked
      )
      update outbox set claimed_until = now() + make_interval(secs => ${this.claimLeaseMs / 1000})
      where aggregate_id in (select aggregate_id from heads)
      returning aggregate_id, event, position`.execute(outbox(this.db));
    const byAggregate = new Map<string, { position: bigint; event: CloudEvent }[]>();
    for (const row of rows as unknown as { aggregate_id: string; event: CloudEvent; position: bigint }[]) {
      const events = byAggregate.get(row.aggregate_id) ?? [];
      events.push({ position: row.position, event: row.event });
      byAggregate.set(row.aggregate_id, events);
    }
    return [...byAggregate].map(([aggregateId, events]) => ({
      aggregateId,
      events: events.sort((a, b) => (a.position < b.position ? -1 : 1)).map(({ event }) => event),
    }));
  }

  async markPublished(aggregateId: string, eventIds: readonly string[]): Promise<void> {
    const db = outbox(this.db);
    if (eventIds.length > 0) await db.deleteFrom('outbox').where('aggregate_id', '=', aggregateId).where('event_id', 'in', eventIds).execute();
    // What is left failed to publish: released, so the next pass retries it without waiting for the lease.
    await db.updateTable('outbox').set({ claimed_until: null }).where('aggregate_id', '=', aggregateId).execute();
  }
}
