import { Decimal, Money } from '@bank/kernel';
import { amountOwed, DEFAULT_LATE_PAYMENT_POLICY, type LatePaymentPolicy } from './late-payment';
import { installmentStatus, type LoanInstallment } from './loan-installment';
import type { LocalDate } from './local-date';

export interface PayoffLine {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly status: 'PENDING' | 'OVERDUE';
  /** The installment as scheduled. */
  readonly payment: Money;
  /** What it costs to settle it on the quote's date. */
  readonly amount: Money;
}

export interface PayoffQuote {
  readonly on: LocalDate;
  readonly lines: readonly PayoffLine[];
  /** Σ lines' amounts: what settles the loan on `on`. */
  readonly amount: Money;
  /** Σ lines' payments as scheduled, for comparison. */
  readonly scheduled: Money;
}

/** Discounting pro rata die over 30-day months: a due date 45 days away is 1.5 periods away. */
const DAYS_A_PERIOD = 30;

/** What an unpaid installment costs on a day, and why it differs from its payment. */
export interface InstallmentValue {
  readonly status: 'PENDING' | 'OVERDUE';
  readonly amount: Money;
  /** payment − amount when paid before its due date (CDC art. 52 §2); zero otherwise. */
  readonly earlyPaymentDiscount: Money;
  /** amount − payment when overdue: fine and moratory interest; zero otherwise. */
  readonly lateCharges: Money;
}

/**
 * What settles an unpaid installment on `on`. Paying early (CDC art. 52 §2) reduces its interest
 * proportionally: it is worth its payment discounted at the contract rate to `on`,
 * PV = payment / (1 + i)^(days / 30) with days the calendar days from `on` to its due date
 * (compound interest, exponent pro rata), rounded to cents once (NBR 5891). On its due date it
 * costs its payment; overdue, what it owes with late charges.
 */
export function installmentValue(
  installment: Pick<LoanInstallment, 'dueDate' | 'payment'>,
  monthlyRate: Decimal,
  on: LocalDate,
  policy: LatePaymentPolicy = DEFAULT_LATE_PAYMENT_POLICY,
): InstallmentValue {
  const { dueDate, payment } = installment;
  const zero = payment.subtract(payment);
  if (on.isAfter(dueDate)) {
    const amount = amountOwed(installment, on, policy);
    return { status: 'OVERDUE', amount, earlyPaymentDiscount: zero, lateCharges: amount.subtract(payment) };
  }
  const growth = monthlyRate.dividedBy(100).plus(1);
  const amount = Money.fromDecimal(payment.toDecimal().dividedBy(growth.pow(new Decimal(on.daysUntil(dueDate)).dividedBy(DAYS_A_PERIOD))));
  return { status: 'PENDING', amount, earlyPaymentDiscount: payment.subtract(amount), lateCharges: zero };
}

/** What settles the loan on `on` (CDC art. 52 §2): each unpaid installment at its value that day (installmentValue); the quote is their sum. */
export function payoffQuote(
  installments: readonly LoanInstallment[],
  monthlyRate: Decimal,
  on: LocalDate,
  policy: LatePaymentPolicy = DEFAULT_LATE_PAYMENT_POLICY,
): PayoffQuote {
  const lines = installments.flatMap((installment): PayoffLine[] => {
    if (installmentStatus(installment, on) === 'PAID') return [];
    const { number, dueDate, payment } = installment;
    const { status, amount } = installmentValue(installment, monthlyRate, on, policy);
    return [{ number, dueDate, status, payment, amount }];
  });
  return {
    on,
    lines,
    amount: Money.sum(lines.map((line) => line.amount)),
    scheduled: Money.sum(lines.map((line) => line.payment)),
  };
}
