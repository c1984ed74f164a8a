/**
 * What the accounts subgraph's ledger publishes. Every movement of money is a transfer between two
 * ledger accounts; these events say when one posted, was held (reserved), or was voided.
 * Amounts are decimal strings of reais with two decimals; times are RFC 3339.
 */
import { z } from 'zod';

const amount = z.string().regex(/^\d+\.\d{2}$/, 'a decimal amount with two decimals');
const time = z.iso.datetime();
const id = z.string().min(1);

export const ACCOUNTS_EVENTS = {
  accountOpened: 'accounts.account.opened',
  transferPosted: 'accounts.transfer.posted',
  transferHeld: 'accounts.transfer.held',
  transferVoided: 'accounts.transfer.voided',
} as const;

/** A customer's deposit account was opened on the ledger. */
export const accountOpenedSchema = z.object({
  accountId: id,
  customerId: id,
  overdraftLimit: amount,
  openedAt: time,
});

/** Money moved: a single-phase transfer, or the posting of a hold (`pendingId`), possibly of less than was held. */
export const transferPostedSchema = z.object({
  transferId: id,
  pendingId: id.nullable(),
  debitAccountId: id,
  creditAccountId: id,
  amount,
  code: id,
  description: z.string().nullable(),
  postedAt: time,
});

/** Money reserved on the debit account until the hold is posted, voided, or expires at `timeoutAt`. */
export const transferHeldSchema = z.object({
  transferId: id,
  debitAccountId: id,
  creditAccountId: id,
  amount,
  code: id,
  description: z.string().nullable(),
  heldAt: time,
  timeoutAt: time,
});

/** A hold was released whole: voided by its owner, or `expired` when its time ran out. */
export const transferVoidedSchema = z.object({
  transferId: id,
  pendingId: id,
  debitAccountId: id,
  creditAccountId: id,
  amount,
  reason: z.enum(['voided', 'expired']),
  voidedAt: time,
});

export type AccountOpened = z.infer<typeof accountOpenedSchema>;
export type TransferPosted = z.infer<typeof transferPostedSchema>;
export type TransferHeld = z.infer<typeof transferHeldSchema>;
export type TransferVoided = z.infer<typeof transferVoidedSchema>;

/** The schema of each event type, for consumers that validate what they receive. */
export const ACCOUNTS_EVENT_SCHEMAS = {
  [ACCOUNTS_EVENTS.accountOpened]: accountOpenedSchema,
  [ACCOUNTS_EVENTS.transferPosted]: transferPostedSchema,
  [ACCOUNTS_EVENTS.transferHeld]: transferHeldSchema,
  [ACCOUNTS_EVENTS.transferVoided]: transferVoidedSchema,
} as const;
