import type { DomainEvent, Page, PageRequest, Money } from '@bank/kernel';
import type { AutoQuote, CalendarDate, Claim, Policy, TransferState } from '../domain';

export type { Page, PageRequest } from '@bank/kernel';

/** A quote and the customer who asked for it. Quotes never change: EXPIRED is read off validUntil. */
export interface QuoteRecord {
  readonly quote: AutoQuote;
  readonly ownerId: string;
}

/** The customer a policy belongs to, as signed in when it was issued: the payer of its premium and the receiver of its refunds and payouts. */
export interface Policyholder {
  readonly customerId: string;
  readonly name: string;
  /** CPF or CNPJ, bare. */
  readonly document: string;
}

/** A Pix charge requested for a premium installment. */
export interface PremiumCharge {
  readonly txid: string;
  /** 1 for the first installment. */
  readonly installment: number;
  readonly amount: Money;
  readonly requestedAt: Date;
  /** When Pix told us it was paid; absent while unpaid (and on the first installment's charges recorded before this was kept). */
  readonly paidAt?: Date;
}

/** A premium payment that arrived after its policy was cancelled unpaid, sent back by a Pix transfer. */
export interface ReturnedPayment {
  readonly txid: string;
  readonly amount: Money;
  readonly returnedAt: Date;
  readonly transfer: TransferState;
}

export interface PolicyRecord {
  readonly policy: Policy;
  readonly holder: Policyholder;
  readonly premiumCharges: readonly PremiumCharge[];
  readonly returnedPayments: readonly ReturnedPayment[];
  /** The optimistic lock: every change raises it by one. */
  readonly version: number;
}

export interface ClaimRecord {
  readonly claim: Claim;
  /** The policyholder's customer id. */
  readonly ownerId: string;
  readonly version: number;
}

/**
 * Every repository saves a change together with the events it recorded, in one write (the outbox).
 * `create` fails with CONFLICT when the id exists; `update` fails with CONFLICT, writing nothing,
 * when the stored record is no longer at `expectedVersion`.
 */
export interface QuoteRepository {
  create(record: QuoteRecord, events: readonly DomainEvent[]): Promise<void>;
  get(id: string): Promise<QuoteRecord | null>;
  /** One round trip for many (entity references). */
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, QuoteRecord>>;
  /** Newest first. */
  listByOwner(customerId: string, page: PageRequest): Promise<Page<QuoteRecord>>;
}

export interface PolicyRepository {
  create(record: PolicyRecord, events: readonly DomainEvent[]): Promise<void>;
  update(record: PolicyRecord, expectedVersion: number, events: readonly DomainEvent[]): Promise<void>;
  get(id: string): Promise<PolicyRecord | null>;
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, PolicyRecord>>;
  /** Newest first. */
  listByOwner(customerId: string, page: PageRequest): Promise<Page<PolicyRecord>>;
  /** Up to `limit` policies whose next installment still to charge falls due on or before `dueBy`, earliest first. */
  dueForCharge(dueBy: CalendarDate, limit: number): Promise<readonly PolicyRecord[]>;
}

export interface ClaimRepository {
  create(record: ClaimRecord, events: readonly DomainEvent[]): Promise<void>;
  update(record: ClaimRecord, expectedVersion: number, events: readonly DomainEvent[]): Promise<void>;
  get(id: string): Promise<ClaimRecord | null>;
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, ClaimRecord>>;
  /** Newest first. */
  listByPolicy(policyId: string, page: PageRequest): Promise<Page<ClaimRecord>>;
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
