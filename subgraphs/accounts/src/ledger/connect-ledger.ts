import type { Kysely } from 'kysely';
import { systemClock, type Clock } from '@bank/kernel';
import { eventEnvelopes } from '@bank/messaging';
import { appendToOutbox, connectPostgres, migrateToLatest, PostgresOutboxStore, postgresEnv, type Migrations } from '@bank/store-postgres';
import type { Registry } from 'prom-client';
import type { DomainEvent } from '@bank/kernel';
import { createLedger, createTransferWithin, type Ledger } from './application';
import type { Transfer, TransferRequest } from './domain';
import { prometheusLedgerMetrics } from './infrastructure/metrics';
import { ledgerMigrations } from './infrastructure/postgres/migrations';
import { PostgresLedgerStore } from './infrastructure/postgres/postgres-ledger-store';
import type { LedgerDatabase } from './infrastructure/postgres/schema';

/** The ledger's configuration variables, for the accounts subgraph's specification. */
export const ledgerEnv = postgresEnv('accounts');

export interface ConnectLedgerOptions {
  readonly postgresUrl: string;
  readonly poolSize?: number;
  readonly registry: Registry;
  /** The CloudEvents source of the ledger's events. "/subgraphs/accounts" by default. */
  readonly source?: string;
  readonly clock?: Clock;
  /** How long an outbox relay replica holds the events it read. */
  readonly outboxClaimLeaseMs?: number;
  /** The database's migrations: the ledger's, followed by those of the subgraph's own tables. `ledgerMigrations` by default. */
  readonly migrations?: Migrations;
}

/** One database transaction holding ledger transfers, a module's own rows and its events: all commit, or none. */
export interface LedgerUnit {
  /** The transaction, for the module's own tables (`db.withTables<...>()`). */
  readonly db: Kysely<LedgerDatabase>;
  /** As Ledger.createTransfer, inside this transaction: a refusal throws, and the caller must let the transaction roll back. */
  createTransfer(request: TransferRequest): Promise<Transfer>;
  /** Stores the module's events for the relay, in this transaction. */
  record(events: readonly DomainEvent[]): Promise<void>;
}

export interface ConnectedLedger {
  readonly ledger: Ledger;
  /** For the platform's outbox relay. */
  readonly outbox: PostgresOutboxStore<LedgerDatabase>;
  /** The same database, for the subgraph's own tables beside the ledger's (`db.withTables<...>()`). */
  readonly db: Kysely<LedgerDatabase>;
  /** Runs `work` in one transaction (run again from the start on a serialization failure or deadlock). */
  transaction<T>(work: (unit: LedgerUnit) => Promise<T>): Promise<T>;
  /** Calls `listener` after every commit, e.g. to wake the relay at once (`relay.wake()`). */
  afterCommit(listener: () => void): void;
  close(): Promise<void>;
}

/** Connects to the accounts database, brings it to the latest migration, and wires the ledger on it. */
export async function connectLedger({
  postgresUrl,
  poolSize,
  registry,
  source = '/subgraphs/accounts',
  clock = systemClock,
  outboxClaimLeaseMs,
  migrations = ledgerMigrations,
}: ConnectLedgerOptions): Promise<ConnectedLedger> {
  const postgres = connectPostgres<LedgerDatabase>({ url: postgresUrl, applicationName: 'accounts-ledger', ...(poolSize === undefined ? {} : { poolSize }) });
  try {
    await migrateToLatest(postgres.db as Kysely<unknown>, migrations);
  } catch (error) {
    await postgres.close();
    throw error;
  }
  const listeners: (() => void)[] = [];
  const envelopes = eventEnvelopes(source);
  const store = new PostgresLedgerStore({ db: postgres.db, envelopes, onCommitted: () => listeners.forEach((listener) => listener()) });
  return {
    ledger: createLedger({ store, clock, metrics: prometheusLedgerMetrics(registry) }),
    outbox: new PostgresOutboxStore(postgres.db, outboxClaimLeaseMs === undefined ? {} : { claimLeaseMs: outboxClaimLeaseMs }),
    db: postgres.db,
    transaction: (work) =>
      store.transactionWithTables((tx, trx) =>
        work({
          db: trx,
          createTransfer: (request) => createTransferWithin(tx, request, clock.now()),
          record: (events) => appendToOutbox(trx, envelopes(events)),
        }),
      ),
    afterCommit: (listener) => void listeners.push(listener),
    close: () => postgres.close(),
  };
}
