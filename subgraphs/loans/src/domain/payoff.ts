import { Decimal, Money, type BusinessDate } from '@bank/kernel';
import { amountOwed, DEFAULT_LATE_PAYMENT_POLICY, type LatePaymentPolicy } from './late-payment';
import { installmentStatus, type LoanInstallment } from './loan-installment';

export interface PayoffLine {
  readonly number: number;
  readonly dueDate: BusinessDate;
  readonly status: 'PENDING' | 'OVERDUE';
  /** The installment as scheduled. */
  readonly payment: Money;
  /** What it costs to settle it on the quote's date. */
  readonly amount: Money;
}

export interface PayoffQuote {
  readonly on: BusinessDate;
  readonly lines: readonly PayoffLine[];
  /** Σ lines' amounts: what settles the loan on `on`. */
  readonly amount: Money;
  /** Σ lines' payments as scheduled, for comparison. */
  readonly scheduled: Money;
}

/** Discounting pro rata die over 30-day months: a due date 45 days away is 1.5 periods away. */
const DAYS_A_PERIOD = 30;

/**
 * Settling early (CDC art. 52 §2) reduces the interest proportionally: each unpaid installment
 * not yet overdue is worth its payment discounted at the contract rate to `on`,
 * PV = payment / (1 + i)^(days / 30) with days the calendar days from `on` to its due date
 * (compound interest, exponent pro rata); an overdue one costs what it owes with late charges.
 * Each line is rounded to cents (NBR 5891); the quote is their sum.
 */
export function payoffQuote(
  installments: readonly LoanInstallment[],
  monthlyRate: Decimal,
  on: BusinessDate,
  policy: LatePaymentPolicy = DEFAULT_LATE_PAYMENT_POLICY,
): PayoffQuote {
  const growth = monthlyRate.dividedBy(100).plus(1);
  const lines = installments.flatMap((installment): PayoffLine[] => {
    const status = installmentStatus(installment, on);
    if (status === 'PAID') return [];
    const { number, dueDate, payment } = installment;
    const amount =
      status === 'OVERDUE'
        ? amountOwed(installment, on, policy)
        : Money.fromDecimal(payment.toDecimal().dividedBy(growth.pow(new Decimal(on.daysUntil(dueDate)).dividedBy(DAYS_A_PERIOD))));
    return [{ number, dueDate, status, payment, amount }];
  });
  return {
    on,
    lines,
    amount: Money.sum(lines.map((line) => line.amount)),
    scheduled: Money.sum(lines.map((line) => line.payment)),
  };
}
