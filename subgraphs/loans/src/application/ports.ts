import { type DomainEvent, StaleVersionError, type Money } from '@bank/kernel';
import type { LoanAggregate, LoanStatus, LocalDate } from '../domain';

/** A loan as read from the store, at the version a change must name. */
export interface StoredLoan extends LoanAggregate {
  readonly version: number;
}

/** Someone else changed the loan since it was read: CONFLICT for a client, try again for a consumer. */
export class StaleLoanError extends StaleVersionError {
  constructor(readonly loanId: string) {
    super(`Loan ${loanId} was changed meanwhile; try again.`);
    this.name = 'StaleLoanError';
  }
}

/**
 * Loans, each saved with the events of its transition in one write (the outbox).
 * Read with `getForUpdate` before a change; `get` may answer from a cache.
 */
export interface LoanRepository {
  /** CONFLICT when the id exists. */
  insert(loan: LoanAggregate, events: readonly DomainEvent[]): Promise<StoredLoan>;
  /** StaleLoanError when the loan is no longer at `expectedVersion`. */
  update(loan: LoanAggregate, expectedVersion: number, events: readonly DomainEvent[]): Promise<StoredLoan>;
  /** The loan as the store holds it now. */
  getForUpdate(id: string): Promise<StoredLoan | null>;
  get(id: string): Promise<StoredLoan | null>;
  /** One round trip for many (entity references). */
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, StoredLoan>>;
  /** The loans that asked Pix for any of these charges, in one round trip. */
  findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]>;
  /** Newest first. */
  listByCustomer(customerId: string, status: LoanStatus | null): Promise<readonly StoredLoan[]>;
  /** ACTIVE loans with an installment unpaid past its due date on `today`. */
  countOverdue(today: LocalDate): Promise<number>;
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
