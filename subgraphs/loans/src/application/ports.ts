import type { BusinessDate } from '@bank/kernel';
import type { AggregateStore, Money, Page, PageRequest, Stored } from '@bank/kernel';
import type { LoanAggregate, LoanStatus } from '../domain';

/** A loan as read from the store, at the version a change must name. */
export type StoredLoan = Stored<LoanAggregate>;

/**
 * Loans, each saved with the events of its transition in one write (the outbox); a lost race is a
 * StaleVersionError. Read with `getForUpdate` before a change; `get` may answer from a cache.
 */
export interface LoanRepository extends AggregateStore<LoanAggregate> {
  /** The loan as the store holds it now. */
  getForUpdate(id: string): Promise<StoredLoan | null>;
  /** The loans that asked Pix for any of these charges, in one round trip. */
  findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]>;
  /** One page of the customer's loans (only those in `status` when given), newest first. */
  listByCustomer(customerId: string, status: LoanStatus | null, page: PageRequest): Promise<Page<StoredLoan>>;
  /** ACTIVE loans with an installment unpaid past its due date on `today`. */
  countOverdue(today: BusinessDate): Promise<number>;
  /** Ids of ACTIVE loans with the automatic debit on whose earliest unpaid installment is due on or before `today`, at most `limit`. */
  listAutoDebitDue(today: BusinessDate, limit: number): Promise<readonly string[]>;
}

/** Identifiers; random in production. */
export interface IdGenerator {
  loanId(): string;
  /** 25 of [A-Za-z0-9], unique per charge requested. */
  txid(): string;
}

export interface LoanMetrics {
  loanRequested(): void;
  creditDecided(outcome: 'APPROVED' | 'REJECTED'): void;
  loanDisbursed(released: Money): void;
  /** Runs a simulation, timing it. */
  timeSimulation<T>(simulate: () => T): T;
}
