import { Decimal, Money, type BusinessDate } from '@bank/kernel';
import type { Installment } from './schedule';

/** Charges on a late installment, in percent. */
export interface LatePaymentPolicy {
  /** Once, on the installment; CDC art. 52 §1 caps it at 2 %. */
  readonly finePercent: Decimal;
  /** Moratory interest a month, charged pro rata die. */
  readonly monthlyInterestPercent: Decimal;
}

export const MAX_FINE_PERCENT = new Decimal(2);

export function latePaymentPolicy(rates: { finePercent: string; monthlyInterestPercent: string }): LatePaymentPolicy {
  const finePercent = new Decimal(rates.finePercent);
  const monthlyInterestPercent = new Decimal(rates.monthlyInterestPercent);
  if (finePercent.isNegative() || finePercent.greaterThan(MAX_FINE_PERCENT)) {
    throw new RangeError(`the late fine must be from 0 to ${MAX_FINE_PERCENT} %: ${rates.finePercent}`);
  }
  if (monthlyInterestPercent.isNegative()) throw new RangeError(`moratory interest cannot be negative: ${rates.monthlyInterestPercent}`);
  return { finePercent, monthlyInterestPercent };
}

export const DEFAULT_LATE_PAYMENT_POLICY = latePaymentPolicy({ finePercent: '2', monthlyInterestPercent: '1' });

/** Pro rata die on a commercial month: each day late costs 1/30 of the monthly rate (simple interest). */
const DAYS_A_MONTH = 30;

/** Calendar days past the due date on `on`; 0 on the due date itself and before it. */
export const daysLate = (installment: Pick<Installment, 'dueDate'>, on: BusinessDate): number => Math.max(0, installment.dueDate.daysUntil(on));

/**
 * What settles the installment on `on`: the payment itself until its due date; later,
 * payment × (1 + fine + monthly interest × days late / 30), rounded once. The single division
 * comes last so that an exact half cent is seen as one (NBR 5891).
 */
export function amountOwed(
  installment: Pick<Installment, 'dueDate' | 'payment'>,
  on: BusinessDate,
  policy: LatePaymentPolicy = DEFAULT_LATE_PAYMENT_POLICY,
): Money {
  const days = daysLate(installment, on);
  if (days === 0) return installment.payment;
  const percentDays = policy.finePercent.plus(100).times(DAYS_A_MONTH).plus(policy.monthlyInterestPercent.times(days));
  return Money.fromDecimal(
    installment.payment
      .toDecimal()
      .times(percentDays)
      .dividedBy(100 * DAYS_A_MONTH),
  );
}
