import type { Kysely, Transaction } from 'kysely';
import { systemClock, type Clock, type DomainEvent } from '@bank/kernel';
import { eventEnvelopes } from '@bank/messaging';
import { appendToOutbox, connectPostgres, migrateToLatest, PostgresOutboxStore, postgresEnv, type Migrations } from '@bank/store-postgres';
import type { Registry } from 'prom-client';
import { createLedger, createTransfersIn, createTransferWithin, releaseExpiredIn, type Ledger } from './application';
import type { Transfer, TransferId, TransferRequest } from './domain';
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

/** One PostgreSQL transaction shared by the ledger and a module's own tables: everything in it commits, or nothing. */
export interface LedgerUnitOfWork {
  /** The transaction, for the module's own tables (`db.withTables<...>()`). */
  readonly db: Transaction<LedgerDatabase>;
  /** As Ledger.createTransfer, inside this transaction: a refusal throws, and the whole transaction rolls back. */
  createTransfer(request: TransferRequest): Promise<Transfer>;
  /** Creates the transfers in order in this transaction (the rules of `createLinkedTransfers`); a refusal throws, and the whole transaction rolls back. */
  createTransfers(requests: readonly TransferRequest[]): Promise<Transfer[]>;
  /** Releases the hold if its time ran out and the expiry job has not yet (see releaseExpiredIn); false while it is in time. */
  releaseExpiredHold(pendingId: TransferId): Promise<boolean>;
  /** Stores the module's own events for the relay, in this transaction. */
  record(events: readonly DomainEvent[]): Promise<void>;
}

export interface ConnectedLedger {
  readonly ledger: Ledger;
  /** For the platform's outbox relay. */
  readonly outbox: PostgresOutboxStore<LedgerDatabase>;
  /** The same database, for the subgraph's own tables beside the ledger's (`db.withTables<...>()`). */
  readonly db: Kysely<LedgerDatabase>;
  /** Runs `work` in one transaction with the ledger (a serialization failure or deadlock runs it again from the start). */
  withinTransaction<T>(work: (unit: LedgerUnitOfWork) => Promise<T>): Promise<T>;
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
    withinTransaction: (work) =>
      store.transactionWithTables((tx, trx) =>
        work({
          db: trx,
          createTransfer: (request) => createTransferWithin(tx, request, clock.now()),
          createTransfers: (requests) => createTransfersIn(tx, requests, clock.now()),
          releaseExpiredHold: (pendingId) => releaseExpiredIn(tx, pendingId, clock.now()),
          record: (events) => appendToOutbox<LedgerDatabase>(trx, envelopes(events)),
        }),
      ),
    afterCommit: (listener) => void listeners.push(listener),
    close: () => postgres.close(),
  };
}
