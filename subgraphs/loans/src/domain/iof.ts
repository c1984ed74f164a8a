import { Decimal, Money, type BusinessDate } from '@bank/kernel';
import type { Installment } from './schedule';

/** IOF on credit to individuals; rates in percent. */
export interface IofRates {
  /** On the principal, once. */
  readonly flatPercent: Decimal;
  /** A day, on each installment's amortization, from release to its due date. */
  readonly dailyPercent: Decimal;
  readonly maxDays: number;
}

export const DEFAULT_IOF_RATES: IofRates = {
  flatPercent: new Decimal('0.38'),
  dailyPercent: new Decimal('0.0082'),
  maxDays: 365,
};

/** Exact sum of both parts, rounded to cents once (NBR 5891). */
export function creditIof(principal: Money, installments: readonly Installment[], releaseDate: BusinessDate, rates: IofRates = DEFAULT_IOF_RATES): Money {
  const amortizationDays = installments.reduce(
    (sum, { amortization, dueDate }) => sum.plus(amortization.toDecimal().times(Math.min(releaseDate.daysUntil(dueDate), rates.maxDays))),
    new Decimal(0),
  );
  const exact = principal.toDecimal().times(rates.flatPercent).plus(amortizationDays.times(rates.dailyPercent)).dividedBy(100);
  return Money.fromDecimal(exact);
}
