import { type AggregateStore, type DomainEvent, type Stored, conflict, StaleVersionError, UNSAVED } from '@bank/kernel';
import type { EventEnvelopes } from '@bank/messaging';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { appendToOutbox, type OutboxDatabase } from './outbox';
import { isUniqueViolation } from './sql-errors';
import { inTransaction } from './transaction';

/** An aggregate's row as a mapper writes it: its columns by name, `id` the primary key; the store adds `version`. */
export type AggregateRow = { readonly id: string } & Readonly<Record<string, unknown>>;

/** How one type of aggregate is held in a table, one row each (the table has an `id` key and an integer `version`). */
export interface AggregateRowMapper<T, Row extends AggregateRow> {
  /** Names the aggregate in error messages, e.g. "checking account". */
  readonly name: string;
  readonly table: string;
  /** Every column but `version`: an update writes them all. */
  toRow(value: T): Row;
  fromRow(row: Row): T;
}

export interface PostgresAggregateStoreOptions<T, Row extends AggregateRow, DB extends OutboxDatabase = OutboxDatabase> {
  /** A database with the outbox table (`outboxMigration`). */
  readonly db: Kysely<DB>;
  readonly rows: AggregateRowMapper<T, Row>;
  /** Wraps the events of each change for the outbox: `eventEnvelopes(source)` from @bank/messaging. */
  readonly envelopes: EventEnvelopes;
  /** Told after a commit that saved events, so the outbox relay can publish them at once. */
  readonly onEventsSaved?: () => void;
}

/**
 * Aggregates one row each, with the events of each change in the outbox in the same transaction.
 * `version` is the optimistic lock: creation (from UNSAVED) inserts at version 1, every later change
 * is conditioned on the version read and raises it by one.
 */
export class PostgresAggregateStore<T, Row extends AggregateRow, DB extends OutboxDatabase = OutboxDatabase> implements AggregateStore<T> {
  private readonly db: Kysely<OutboxDatabase>;
  private readonly rows: AggregateRowMapper<T, Row>;
  private readonly envelopes: EventEnvelopes;
  private readonly onEventsSaved: () => void;

  constructor({ db, rows, envelopes, onEventsSaved = () => undefined }: PostgresAggregateStoreOptions<T, Row, DB>) {
    this.db = db as unknown as Kysely<OutboxDatabase>;
    this.rows = rows;
    this.envelopes = envelopes;
    this.onEventsSaved = onEventsSaved;
  }

  async get(id: string): Promise<Stored<T> | null> {
    const { rows } = await sql<Row & { version: number }>`select * from ${sql.table(this.rows.table)} where id = ${id}`.execute(this.db);
    return rows[0] === undefined ? null : this.stored(rows[0]);
  }

  async getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<T>>> {
    if (ids.length === 0) return new Map();
    const { rows } = await sql<Row & { version: number }>`select * from ${sql.table(this.rows.table)} where id = any(${[...ids]}::text[])`.execute(this.db);
    return new Map(rows.map((row) => [row.id, this.stored(row)]));
  }

  async save(next: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<T>> {
    const row = this.rows.toRow(next);
    const envelopes = this.envelopes(events);
    await inTransaction(this.db, async (trx) => {
      if (expectedVersion === UNSAVED) await this.insert(trx, row);
      else if (!(await this.update(trx, row, expectedVersion))) {
        throw new StaleVersionError(
          `${this.rows.name} ${row.id} is no longer at version ${expectedVersion}: another request changed it; read it again and retry`,
        );
      }
      await appendToOutbox(trx, envelopes);
    });
    if (events.length > 0) this.onEventsSaved();
    return { ...next, version: expectedVersion + 1 };
  }

  /** A row the store read, as an aggregate with its version. */
  protected stored({ version, ...row }: Row & { version: number }): Stored<T> {
    return { ...this.rows.fromRow(row as unknown as Row), version: Number(version) };
  }

  private async insert(trx: Kysely<OutboxDatabase>, row: Row): Promise<void> {
    const columns = Object.keys(row);
    try {
      await sql`insert into ${sql.table(this.rows.table)} (${sql.join([...columns, 'version'].map((column) => sql.ref(column)))})
        values (${sql.join([...columns.map((column) => row[column]), 1])})`.execute(trx);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`${this.rows.name} ${row.id} already exists`);
      throw error;
    }
  }

  private async update(trx: Kysely<OutboxDatabase>, row: Row, expectedVersion: number): Promise<boolean> {
    const assignments: RawBuilder<unknown>[] = Object.keys(row)
      .filter((column) => column !== 'id')
      .map((column) => sql`${sql.ref(column)} = ${row[column]}`);
    const result = await sql`update ${sql.table(this.rows.table)} set ${sql.join([...assignments, sql`version = version + 1`])}
      where id = ${row.id} and version = ${expectedVersion}`.execute(trx);
    return (result.numAffectedRows ?? 0n) > 0n;
  }
}
