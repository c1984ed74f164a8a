import type { Money } from '@bank/kernel';
import type { Account, AccountId, BalanceChange, LedgerEvent, Totals, Transfer, TransferId } from '../domain';

/** Why the store refused a balance change: the account does not exist, refuses new debits, or the change would take it below its limit. */
export type RefusedChange = { readonly refused: 'ACCOUNT_NOT_FOUND' | 'ACCOUNT_BLOCKED' | 'INSUFFICIENT_FUNDS'; readonly accountId: AccountId };

/**
 * What creating a transfer did: created it (with its changes, postings and events), or nothing
 * because its id exists, because another transfer resolved the same hold first, or because a
 * change was refused (the transaction must then be rolled back: throw).
 */
export type TransferWrite = { readonly outcome: 'created' | 'exists' | 'already-resolved' } | ({ readonly outcome: 'refused' } & RefusedChange);

/** The writes of one ledger transaction: all of them commit, or none. */
export interface LedgerTransaction {
  /** false when an account with this id exists already (nothing is written). */
  insertAccount(account: Account): Promise<boolean>;
  findAccount(id: AccountId): Promise<Account | null>;
  findTransfer(id: TransferId): Promise<Transfer | null>;
  /**
   * Creates `transfer` and applies its `changes`, each guarded change checked and applied in one
   * step, never read-then-write; records its postings in the accounts' histories and its events for the relay.
   */
  createTransfer(transfer: Transfer, changes: readonly BalanceChange[], events: readonly LedgerEvent[]): Promise<TransferWrite>;
  /**
   * Refuses (or allows again) new debits of a customer account, on the rows the transfer statement
   * locks, so that it waits for the debits in flight. false when there is no such customer account.
   */
  refuseDebits(id: AccountId, refused: boolean): Promise<boolean>;
  /** Stores the events for the relay: they exist if and only if the transaction commits. */
  record(events: readonly LedgerEvent[]): Promise<void>;
}

/** One posting in an account's history. */
export interface HistoryEntry {
  /** Increases with every posting to the account: the history's order, and its paging cursor. */
  readonly position: bigint;
  readonly transferId: TransferId;
  readonly side: 'debit' | 'credit';
  readonly amount: Money;
  /** The account's posted balance right after it; null on a sharded bank account, whose rows have no common order. */
  readonly balanceAfter: Money | null;
  readonly postedAt: Date;
}

/** What reconciliation compares: the totals each account keeps against the sums of its transfers. */
export interface ReconciliationFacts {
  /** Σ over every account of its stored totals. */
  readonly stored: Totals;
  /** Accounts whose stored totals differ from what their transfers add up to (at most `limit`), and the absolute difference over all. */
  readonly mismatches: readonly { readonly accountId: AccountId; readonly stored: Totals; readonly fromTransfers: Totals }[];
  readonly mismatchCents: bigint;
}

export interface LedgerStore {
  /** Runs `work` in one transaction; a serialization failure or deadlock runs it again from the start. */
  transaction<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` without a transaction around it: each write commits by itself, in one round trip.
   * For work that makes one write at most, after reads of what never changes (transfers).
   */
  autocommit<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T>;
  findAccount(id: AccountId): Promise<Account | null>;
  findTransfer(id: TransferId): Promise<Transfer | null>;
  /** The account's totals summed over its shards; null when there is no such account. */
  totals(id: AccountId): Promise<Totals | null>;
  /** Postings after `after` (a position), oldest first. */
  history(id: AccountId, page: { readonly after: bigint | null; readonly limit: number }): Promise<HistoryEntry[]>;
  /** Holds unresolved whose timeout is at or before `now`, oldest first. */
  dueHolds(now: Date, limit: number): Promise<Extract<Transfer, { kind: 'pending' }>[]>;
  reconciliationFacts(limit: number): Promise<ReconciliationFacts>;
}

/** Where the ledger reports what operators watch. */
export interface LedgerMetrics {
  /** Cents by which the ledger is out of balance at the last reconciliation: anything but 0 is an incident. */
  imbalanceMeasured(cents: bigint): void;
}
