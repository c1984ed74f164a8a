import type { Money } from '@bank/kernel';
import type { AccountId, Transfer, TransferRequest } from '../../ledger/domain';
import type { AccountStatus } from '../../domain';
import type { ApprovedAuthorization, Card, CardAuthorization, CardEvent, InvoicePeriod } from '../../domain/cards';

/** Card numbers as the store keeps them: encrypted, and findable only by a keyed hash. */
export interface CardVault {
  /** AES-256-GCM, bound to the card's id. */
  encrypt(pan: string, cardId: string): string;
  decrypt(sealed: string, cardId: string): string;
  /** A keyed hash of the number, the only way a card is looked up by it. */
  lookupHash(pan: string): string;
  /** The CVV2 printed on the card, derived with a keyed function, so it is never stored. */
  cvvOf(pan: string, expiry: { expiryMonth: number; expiryYear: number }): string;
  /** Uniformly random decimal digits, from a cryptographic source. */
  randomDigits(count: number): string;
}

/** What a calendar period has spent on a card, counted where the limit is checked. */
export interface SpendPeriod {
  /** "D2026-03-02" or "M2026-03" (in Brasília). */
  readonly key: string;
  readonly limit: Money | null;
}

/** One line of a credit invoice: a purchase's installment, or a refund (negative). */
export interface InvoiceEntry {
  readonly id: string;
  readonly lineId: AccountId;
  readonly period: InvoicePeriod;
  readonly cardId: string;
  readonly authorizationId: string;
  readonly description: string;
  /** Signed: negative for a refund. */
  readonly amount: Money;
  readonly installment: number;
  readonly installments: number;
  readonly postedAt: Date;
}

export interface InvoicePayment {
  readonly transferId: string;
  readonly lineId: AccountId;
  readonly period: InvoicePeriod;
  readonly amount: Money;
  readonly paidAt: Date;
}

/** The writes of one transaction beside the ledger's: all commit, or none. */
export interface CardsTransaction {
  /** false when another card has the same number hash (try another number); a card with the same id is the caller's retry. */
  insertCard(card: Card, sealed: { readonly encryptedPan: string; readonly panHash: string }): Promise<'inserted' | 'number-taken' | 'id-exists'>;
  /** The card, its row locked until commit: status changes and payments of one card take turns. */
  lockCard(id: string): Promise<Card | null>;
  updateCard(card: Card): Promise<void>;
  /**
   * Adds `amount` to what each period spent, unless it would go above the period's limit: then
   * nothing is added and false is returned (the transaction must roll back what it did before).
   */
  addSpend(cardId: string, periods: readonly SpendPeriod[], amount: Money): Promise<boolean>;
  /** The checking account's status as this transaction reads it; null when there is no such account. */
  accountStatus(accountId: AccountId): Promise<AccountStatus | null>;
  /** Takes `amount` back from what the periods spent (a reversal, a capture of less). */
  releaseSpend(cardId: string, periodKeys: readonly string[], amount: Money): Promise<void>;
  /** false when an authorization with this id exists (a retry racing the first request). */
  insertAuthorization(authorization: CardAuthorization): Promise<boolean>;
  lockAuthorization(id: string): Promise<ApprovedAuthorization | null>;
  updateAuthorization(authorization: ApprovedAuthorization): Promise<void>;
  insertInvoiceEntries(entries: readonly InvoiceEntry[]): Promise<void>;
  insertInvoicePayment(payment: InvoicePayment): Promise<void>;
  createTransfer(request: TransferRequest): Promise<Transfer>;
  record(events: readonly CardEvent[]): Promise<void>;
}

export interface CardsUnitOfWork {
  run<T>(work: (tx: CardsTransaction) => Promise<T>): Promise<T>;
}

export interface CardPageRequest {
  readonly limit: number;
  /** The position of the last item seen, newest first. */
  readonly before: bigint | null;
}

export interface Positioned<T> {
  readonly position: bigint;
  readonly item: T;
}

export interface CategorySpend {
  readonly mcc: string;
  readonly total: Money;
  readonly count: number;
}

/** Reads outside any transaction. */
export interface CardStore {
  byId(id: string): Promise<Card | null>;
  /** The card whose number has this keyed hash. */
  byPanHash(panHash: string): Promise<Card | null>;
  byCustomer(customerId: string): Promise<Card[]>;
  byAccount(accountId: AccountId): Promise<Card[]>;
  encryptedPan(cardId: string): Promise<string | null>;
  authorization(id: string): Promise<CardAuthorization | null>;
  authorizations(cardId: string, page: CardPageRequest): Promise<Positioned<CardAuthorization>[]>;
  invoiceEntries(lineId: AccountId, period: InvoicePeriod): Promise<InvoiceEntry[]>;
  invoicePayments(lineId: AccountId, period: InvoicePeriod): Promise<InvoicePayment[]>;
  invoicePaymentByTransfer(transferId: string): Promise<InvoicePayment | null>;
  /** The earliest period with an entry or a payment; null when the line has none. */
  firstInvoicePeriod(lineId: AccountId): Promise<InvoicePeriod | null>;
  /** What the card's captured purchases in [from, to) add up to by merchant category code, net of refunds. */
  spendingByMcc(cardId: string, from: Date, to: Date): Promise<CategorySpend[]>;
}

/** How many times a customer may reveal card details, counted across replicas. */
export interface RevealLimiter {
  /** false when the customer has used up their reveals for now. */
  tryReveal(customerId: string): Promise<boolean>;
}
