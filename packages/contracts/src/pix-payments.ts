import { z } from 'zod';
import { Party } from './pix';

/**
 * Pix paid from a checking account (issue 14). The accounts subgraph holds the amount on the
 * payer's ledger account and orders the payment from Pix in the same PostgreSQL transaction
 * (`accounts.pix.payment-ordered`); Pix resolves the key or the code in its DICT and answers with
 * its usual events, which carry the order's id:
 *
 * - a key of a customer of this bank, or a key of another institution once the simulated central
 *   system settled it: `pix.transfer.settled` (the transfer's id is the order's id; `reference` is
 *   `{ source: 'accounts', id: orderId }`; `receiver.customerId` is null outside this bank);
 * - a code of one of this bank's charges: `pix.charge.paid` with `order` set;
 * - anything refused (unknown charge, paid, expired or removed charge, another amount than the
 *   code's, the central system's refusal): `pix.transfer.failed` with `refusal`.
 *
 * Accounts then settles the hold: posted to the central-bank settlement account when the money
 * left the bank, voided and replaced by one transfer to the receiver's account when it stayed in
 * it, voided when refused.
 *
 * When the receiver inside the bank has no checking account to credit, accounts voids the hold,
 * fails the order and publishes `accounts.pix.credit-refused` in the same transaction; Pix then
 * turns its settled transfer FAILED with the same refusal (`pix.transfer.failed`), so both agree.
 *
 * Crediting a paid charge (whoever paid it) is the accounts subgraph's too, by the charge's
 * `reference.source`: see `PIX_CHARGE_CREDITS`.
 */

/** The source of `Reference`s that name a payment order of the accounts subgraph. */
export const PIX_ORDER_SOURCE = 'accounts';

/** A Pix participant (institution): its ISPB (8 digits) and name. */
export const PixInstitution = z.object({ ispb: z.string().regex(/^\d{8}$/), name: z.string() });
export type PixInstitution = z.infer<typeof PixInstitution>;

/** What the payer asked to pay: a key (sendPix) or a pasted BR Code (payPixCode). */
export const PixOrderTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('KEY'), key: z.string() }),
  z.object({ type: z.literal('BR_CODE'), brCode: z.string() }),
]);
export type PixOrderTarget = z.infer<typeof PixOrderTarget>;

/** Published by accounts as `accounts.pix.payment-ordered`, in the transaction that holds the amount. */
export const PixPaymentOrdered = z.object({
  orderId: z.string().min(1),
  /** The ledger account the amount is held on. */
  accountId: z.string().min(1),
  payer: Party.extend({ customerId: z.string() }),
  target: PixOrderTarget,
  /** Decimal string, two decimals. */
  amount: z.string().regex(/^\d+\.\d{2}$/),
  description: z.string().nullable(),
  orderedAt: z.iso.datetime({ offset: true }),
});
export type PixPaymentOrdered = z.infer<typeof PixPaymentOrdered>;

/** The order a charge payment or a transfer came from (absent: not from an account of this bank). */
export const PixOrderRef = z.object({ id: z.string(), accountId: z.string() });
export type PixOrderRef = z.infer<typeof PixOrderRef>;

/**
 * Why Pix refused an order: `code` the client-facing error code, `reason` the finer reason
 * (CHARGE_EXPIRED, CHARGE_ALREADY_PAID, CHARGE_REMOVED, AMOUNT_MISMATCH, KEY_NOT_FOUND,
 * SETTLEMENT_REFUSED, ...).
 */
export const PixRefusal = z.object({ code: z.enum(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE']), reason: z.string() });
export type PixRefusal = z.infer<typeof PixRefusal>;

/**
 * Which ledger account a paid charge is credited to, by the charge's `reference.source`: a
 * customer's charge (no reference) to the receiver's checking account; charges other subgraphs
 * requested to the bank's own accounts. The debit is the payer's account (`order`) or, for a payer
 * outside the bank (`simulatePixPayment`), the central-bank settlement account. The ledger transfer's
 * id is `pix-charge-<endToEndId>` and its code `pix`.
 */
export const PIX_CHARGE_CREDITS = {
  loans: 'bank:loan-portfolio',
  insurance: 'bank:insurance-premiums',
} as const satisfies Record<string, string>;

export const PIX_PAYMENT_EVENTS = {
  paymentOrdered: 'accounts.pix.payment-ordered',
  creditRefused: 'accounts.pix.credit-refused',
} as const;

/** Published by accounts as `accounts.pix.credit-refused`: the settled transfer of the order could not be credited inside the bank. */
export const PixCreditRefused = z.object({ orderId: z.string(), refusal: PixRefusal, reason: z.string() });
export type PixCreditRefused = z.infer<typeof PixCreditRefused>;
