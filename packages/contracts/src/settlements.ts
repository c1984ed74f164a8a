import { z } from 'zod';
import { Reference } from './pix';

/**
 * What loans and insurance ask the accounts subgraph to move on a customer's checking account, and
 * what it answers. A requester publishes `<source>.accounts.credit-requested` or
 * `<source>.accounts.debit-requested` through its outbox; the accounts subgraph posts the ledger
 * transfers under ids derived from the reference (a redelivered request moves nothing again) and
 * answers with `accounts.credit.*` / `accounts.debit.*` carrying the same reference.
 */

/** Two decimals, as the ledger keeps cents ("150.00"). */
const amount = z.string().regex(/^\d+\.\d{2}$/, 'a decimal amount with two decimals');
const instant = z.iso.datetime({ offset: true });

/** Credit the customer's checking account from the requester's bank account (loan portfolio, insurance premiums). */
export const AccountCreditRequested = z.object({
  reference: Reference,
  customerId: z.string().min(1),
  /** What the customer receives. */
  amount,
  /** Tax withheld from the same movement (the IOF of a loan), paid from the bank's account to taxes payable with it; null when none. */
  withheldTax: amount.nullable(),
  description: z.string().min(1).max(140),
});
export type AccountCreditRequested = z.infer<typeof AccountCreditRequested>;

/** Debit the customer's checking account to the requester's bank account (an installment, a premium). */
export const AccountDebitRequested = z.object({
  reference: Reference,
  customerId: z.string().min(1),
  amount,
  description: z.string().min(1).max(140),
});
export type AccountDebitRequested = z.infer<typeof AccountDebitRequested>;

export const accountRequestTypes = {
  credit: (source: string) => `${source}.accounts.credit-requested`,
  debit: (source: string) => `${source}.accounts.debit-requested`,
} as const;

/** Why the accounts subgraph could not move the money; nothing moved. */
export const SETTLEMENT_FAILURE_REASONS = ['NO_CHECKING_ACCOUNT', 'ACCOUNT_CLOSED', 'ACCOUNT_BLOCKED', 'INSUFFICIENT_FUNDS'] as const;
export type SettlementFailureReason = (typeof SETTLEMENT_FAILURE_REASONS)[number];

/** The money moved: `transferId` is the ledger transfer to or from the customer's account. */
export const AccountSettled = z.object({
  reference: Reference,
  customerId: z.string(),
  accountId: z.string(),
  transferId: z.string(),
  amount,
  settledAt: instant,
});
export type AccountSettled = z.infer<typeof AccountSettled>;

export const AccountSettlementFailed = z.object({
  reference: Reference,
  customerId: z.string(),
  /** What was to move. */
  amount,
  reason: z.enum(SETTLEMENT_FAILURE_REASONS),
  /** For people: what to do about it. */
  message: z.string(),
});
export type AccountSettlementFailed = z.infer<typeof AccountSettlementFailed>;

export const SETTLEMENT_EVENTS = {
  creditPosted: 'accounts.credit.posted',
  creditFailed: 'accounts.credit.failed',
  debitPosted: 'accounts.debit.posted',
  debitFailed: 'accounts.debit.failed',
} as const;
