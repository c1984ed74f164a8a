import type { AggregateStore, DomainEvent, Page, PageRequest, Stored } from '@bank/kernel';
import type { CalendarDate, ClaimRecord, PolicyRecord, QuoteRecord } from '../domain';

export type { ClaimRecord, PolicyRecord, Policyholder, PremiumCharge, QuoteRecord, ReturnedPayment } from '../domain';

export type { Page, PageRequest } from '@bank/kernel';

/** Every repository saves a change together with the events it recorded, in one write (the outbox). Quotes never change once saved. */
export interface QuoteRepository extends AggregateStore<QuoteRecord> {
  /** Newest first. */
  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<QuoteRecord>>>;
}

export interface PolicyRepository extends AggregateStore<PolicyRecord> {
  /** Newest first. */
  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<PolicyRecord>>>;
  /** Up to `limit` policies whose next installment still to charge falls due on or before `dueBy`, earliest first. */
  dueForCharge(dueBy: CalendarDate, limit: number): Promise<readonly Stored<PolicyRecord>[]>;
  /** Up to `limit` policies whose next automatic debit falls due on or before `dueBy`, earliest first. */
  dueForAutoDebit(dueBy: CalendarDate, limit: number): Promise<readonly Stored<PolicyRecord>[]>;
}

export interface ClaimRepository extends AggregateStore<ClaimRecord> {
  /** Newest first. */
  listByPolicy(policyId: string, page: PageRequest): Promise<Page<Stored<ClaimRecord>>>;
}

/** How many policies are ACTIVE, kept by a consumer of our own events (one count for every replica). */
export interface ActivePolicyCount {
  add(delta: number): Promise<void>;
  current(): Promise<number>;
}

/** Business metrics, counted from the events each saved change recorded. */
export interface TransitionMetrics {
  record(events: readonly DomainEvent[]): void;
}

/** Random identifiers; a policy's id is derived from its quote's (see policyIdFor). */
export interface IdGenerator {
  quoteId(): string;
  claimId(): string;
}
