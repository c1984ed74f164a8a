import { badInput } from './errors';
import { Money } from './money';

/**
 * The most one request may carry, per operation, in BRL: far above what a customer moves, far
 * below what could overflow a ledger or a BR Code, and chained so that what one subgraph asks of
 * another always fits there. A loan's installments and payoff and an auto premium are Pix charges:
 * the loan ceiling and the insured value ceiling keep them under `PIX_CHARGE` (insurance also
 * checks each quote's premium against it), which is at most `BR_CODE_MAX_AMOUNT`.
 */
export const AMOUNT_CEILINGS = {
  /** sendPix. */
  PIX_SEND: '1000000.00',
  /** payPixCode: a code's fixed amount or the one the payer gives. */
  PIX_CODE_PAYMENT: '1000000.00',
  /** createPixCharge's amount, and every charge another subgraph requests (a premium, an installment). */
  PIX_CHARGE: '1000000.00',
  /** simulatePixPayment: what a payer outside the bank pays, an open amount included. */
  PIX_CHARGE_PAYMENT: '1000000.00',
  /** refundPixPayment (also at most what was paid). */
  PIX_REFUND: '1000000.00',
  /** transferBetweenAccounts. */
  ACCOUNT_TRANSFER: '1000000.00',
  /** simulateDeposit. */
  DEPOSIT: '1000000.00',
  /** requestLoan's principal: its installments (at most 20 % a month) stay under PIX_CHARGE. */
  LOAN_PRINCIPAL: '500000.00',
  /** requestLoan's declared monthly income. */
  MONTHLY_INCOME: '10000000.00',
  /** An auto quote's FIPE value: the highest premium the tariff gives for it stays under PIX_CHARGE. */
  INSURED_VALUE: '3000000.00',
  /** fileAutoClaim's estimate and reviewAutoClaim's approved amount (also at most the FIPE value). */
  CLAIM_AMOUNT: '3000000.00',
  /** simulateCardAuthorization, simulateCardCapture. */
  CARD_PURCHASE: '1000000.00',
  /** simulateCardRefund. */
  CARD_REFUND: '1000000.00',
  /** payCardInvoice. */
  CARD_INVOICE_PAYMENT: '1000000.00',
  /** A card's spending limits and a credit card's limit. */
  CARD_LIMIT: '1000000.00',
} as const satisfies Record<string, string>;

export type AmountOperation = keyof typeof AMOUNT_CEILINGS;

/** The ceiling of an operation, as Money. */
export const ceilingOf = (operation: AmountOperation): Money => Money.parse(AMOUNT_CEILINGS[operation]);

/** `amount`, or BAD_USER_INPUT naming `field` when it is over the operation's ceiling. */
export function withinCeiling(operation: AmountOperation, amount: Money, field = 'amount'): Money {
  const ceiling = ceilingOf(operation);
  if (amount.greaterThan(ceiling)) throw badInput(`${field} must be at most ${ceiling.toString()}; got ${amount.toString()}`, field);
  return amount;
}

/** A positive amount (at most two decimals) within the operation's ceiling; BAD_USER_INPUT naming `field` otherwise. */
export const parseAmountFor = (operation: AmountOperation, input: unknown, field = 'amount'): Money =>
  withinCeiling(operation, Money.parsePositive(input, field), field);
