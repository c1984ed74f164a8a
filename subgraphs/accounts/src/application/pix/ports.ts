import type { DomainEvent } from '@bank/kernel';
import type { TransferId, TransferRequest } from '../../ledger';
import type { OutcomeSignals } from './outcome-signals';
import type { PixLimits, PixLimitValues, PixOrder, PixReceipt, PixUsage } from '../../domain/pix';

export interface PlaceOrder {
  readonly order: Extract<PixOrder, { status: 'PENDING' }>;
  /** The limits of an account that has none stored yet. */
  readonly defaults: PixLimitValues;
  /** Throws to refuse the order (nothing is written): the limits and usage are read under the account's lock. */
  readonly check: (limits: PixLimits, usage: PixUsage) => void;
  readonly hold: TransferRequest;
  readonly event: DomainEvent;
}

export type OrderOutcome = Exclude<PixOrder, { status: 'PENDING' }>;

/** A page of received Pix, newest first: `after` is the position of the last one seen. */
export interface ReceiptPage {
  readonly first: number;
  readonly after: bigint | null;
}

/** Pix orders, limits and receipts, in the accounts database beside the ledger: each method is one transaction with the ledger's writes. */
export interface PixPaymentsStore {
  /**
   * Locks the account's limits, reads what it sent today and tonight, runs `check`, then records the
   * order, creates its hold and records its event: all, or nothing when anything refuses. When an
   * order with this id exists, returns it and does nothing else.
   */
  placeOrder(input: PlaceOrder): Promise<PixOrder>;
  findOrder(id: string): Promise<PixOrder | null>;
  /**
   * When the order is still PENDING: records `outcome`, releases the hold `releaseExpiredHold` if its
   * time ran out (before the transfers), creates `transfers`, stores `receipt` and records `events`.
   * false (nothing written) when it was resolved already.
   */
  resolveOrder(
    outcome: OrderOutcome,
    transfers: readonly TransferRequest[],
    receipt: PixReceipt | null,
    options?: { readonly releaseExpiredHold?: TransferId; readonly events?: readonly DomainEvent[] },
  ): Promise<boolean>;
  /** Creates `transfers` (idempotent by their ids) and stores `receipt` once per end-to-end id. */
  record(transfers: readonly TransferRequest[], receipt: PixReceipt): Promise<void>;
  limits(accountId: string): Promise<PixLimits | null>;
  saveLimits(accountId: string, limits: PixLimits): Promise<void>;
  receipt(endToEndId: string): Promise<PixReceipt | null>;
  receivedBy(customerId: string, page: ReceiptPage): Promise<{ readonly position: bigint; readonly receipt: PixReceipt }[]>;
}

/** Renders a receipt for the customer to save or share. */
export interface ReceiptRenderer {
  /** A PDF document. */
  pdf(receipt: PixReceipt): Buffer;
}

/** How Pix from accounts behaves; from configuration. */
export interface PixPaymentSettings {
  readonly defaultLimits: PixLimitValues;
  /** How long a raised limit waits before it applies. */
  readonly limitRaiseDelayMs: number;
  /** How long sendPix and payPixCode wait for Pix's answer before returning the order still PENDING. */
  readonly outcomeWaitMs: number;
  /** This bank as a Pix participant, on receipts. */
  readonly institution: { readonly ispb: string; readonly name: string };
}

export interface PixPayments {
  readonly store: PixPaymentsStore;
  /** Wakes the requests waiting for an order when this replica records its outcome. */
  readonly signals: OutcomeSignals;
  readonly receipts: ReceiptRenderer;
  readonly settings: PixPaymentSettings;
}
