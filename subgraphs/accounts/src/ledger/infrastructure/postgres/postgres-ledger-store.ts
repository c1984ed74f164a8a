import { sql, type Kysely } from 'kysely';
import type { EventEnvelopes } from '@bank/messaging';
import { inTransaction, retryingConflicts } from '@bank/store-postgres';
import { Money } from '@bank/kernel';
import type { HistoryEntry, LedgerStore, LedgerTransaction, ReconciliationFacts } from '../../application';
import type { Account, AccountId, PendingTransfer, Totals, Transfer, TransferId } from '../../domain';
import { PostgresLedgerTransaction } from './ledger-transaction';
import { toTotals, toTransfer } from './mappers';
import { reconciliationFacts } from './reconciliation-query';
import type { LedgerDatabase } from './schema';

export interface PostgresLedgerStoreOptions {
  readonly db: Kysely<LedgerDatabase>;
  /** Wraps the ledger's events for the outbox (source, correlation id). */
  readonly envelopes: EventEnvelopes;
  /** Called after each commit, e.g. to wake the outbox relay at once. */
  readonly onCommitted?: () => void;
}

export class PostgresLedgerStore implements LedgerStore {
  private readonly db: Kysely<LedgerDatabase>;
  private readonly envelopes: EventEnvelopes;
  private readonly onCommitted: () => void;

  constructor({ db, envelopes, onCommitted = () => undefined }: PostgresLedgerStoreOptions) {
    this.db = db;
    this.envelopes = envelopes;
    this.onCommitted = onCommitted;
  }

  async transaction<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T> {
    const result = await inTransaction(this.db, (trx) => work(new PostgresLedgerTransaction(trx, this.envelopes)));
    this.onCommitted();
    return result;
  }

  /** Like transaction, and `work` also gets the Kysely transaction, for a module's own tables beside the ledger's. */
  async transactionWithTables<T>(work: (tx: PostgresLedgerTransaction, trx: Kysely<LedgerDatabase>) => Promise<T>): Promise<T> {
    const result = await inTransaction(this.db, (trx) => work(new PostgresLedgerTransaction(trx, this.envelopes), trx));
    this.onCommitted();
    return result;
  }

  async autocommit<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T> {
    const result = await retryingConflicts(() => work(new PostgresLedgerTransaction(this.db, this.envelopes)));
    this.onCommitted();
    return result;
  }

  findAccount(id: AccountId): Promise<Account | null> {
    return new PostgresLedgerTransaction(this.db, this.envelopes).findAccount(id);
  }

  findTransfer(id: TransferId): Promise<Transfer | null> {
    return new PostgresLedgerTransaction(this.db, this.envelopes).findTransfer(id);
  }

  async totals(id: AccountId): Promise<Totals | null> {
    const row = await this.db
      .selectFrom('account_balances')
      .select([
        sql<bigint>`sum(debits_posted)::bigint`.as('debits_posted'),
        sql<bigint>`sum(credits_posted)::bigint`.as('credits_posted'),
        sql<bigint>`sum(debits_pending)::bigint`.as('debits_pending'),
        sql<bigint>`sum(credits_pending)::bigint`.as('credits_pending'),
      ])
      .where('account_id', '=', id)
      .groupBy('account_id')
      .executeTakeFirst();
    return row === undefined ? null : toTotals(row);
  }

  async history(id: AccountId, { after, limit }: { after: bigint | null; limit: number }): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom('entries')
      .selectAll()
      .where('account_id', '=', id)
      // Positions start at 1.
      .where('position', '>', after ?? 0n)
      .orderBy('position')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      position: row.position,
      transferId: row.transfer_id as TransferId,
      side: row.side,
      amount: Money.fromCents(row.amount),
      balanceAfter: row.balance_after === null ? null : Money.fromCents(row.balance_after),
      postedAt: row.posted_at,
    }));
  }

  async dueHolds(now: Date, limit: number): Promise<PendingTransfer[]> {
    const rows = await this.db
      .selectFrom('open_holds as h')
      .innerJoin('transfers as p', 'p.id', 'h.transfer_id')
      .selectAll('p')
      .where('h.timeout_at', '<=', now)
      .orderBy('h.timeout_at')
      .limit(limit)
      .execute();
    return rows.map((row) => toTransfer(row) as PendingTransfer);
  }

  reconciliationFacts(limit: number): Promise<ReconciliationFacts> {
    return reconciliationFacts(this.db, limit);
  }
}
