import { badInput, Decimal, Money, type BusinessDate } from '@bank/kernel';
import type { AmortizationSystem } from './loan-terms';

export interface ScheduleTerms {
  readonly principal: Money;
  readonly termMonths: number;
  /** Percent a month ("1.99"). */
  readonly monthlyRate: Decimal;
  readonly system: AmortizationSystem;
}

/** One row of an amortization table; payment = interest + amortization, balance after paying it. */
export interface ScheduleRow {
  readonly number: number;
  readonly payment: Money;
  readonly interest: Money;
  readonly amortization: Money;
  readonly balance: Money;
}

export interface Installment extends ScheduleRow {
  readonly dueDate: BusinessDate;
}

/**
 * PRICE: PMT = P·i·(1+i)^n / ((1+i)^n − 1), the same value as P·i / (1 − (1+i)^−n) written
 * so that a result with few decimals (n = 1: P·(1+i)) comes out exact and ties round as ties.
 * SAC, and PRICE at rate 0: A = P / n. Rounded once to cents (NBR 5891).
 */
function levelAmount({ principal, termMonths, system }: ScheduleTerms, rate: Decimal): Money {
  if (system === 'SAC' || rate.isZero()) return Money.fromDecimal(principal.toDecimal().dividedBy(termMonths));
  const growth = rate.plus(1).pow(termMonths);
  return Money.fromDecimal(principal.toDecimal().times(rate).times(growth).dividedBy(growth.minus(1)));
}

/**
 * The amortization table, rounded step by step as NBR 5891 prescribes: the level amount once;
 * J_k = SD_{k−1} · i rounded, from the rounded previous balance; PRICE A_k = PMT − J_k, SAC
 * A_k = A; the last installment amortizes exactly the remaining balance, so SD_n = 0 and the
 * amortizations add up to the principal to the cent.
 *
 * Rounding the level amount leaves an error of up to half a cent a month that compounds at the
 * contract rate into the last installment. When it compounds past what the table can absorb (tiny
 * principals over hundreds of months, high rates over long terms) some amortization turns
 * negative: no such table is offered and the answer is undefined.
 */
export function tryScheduleRows(terms: ScheduleTerms): readonly ScheduleRow[] | undefined {
  const rate = terms.monthlyRate.dividedBy(100);
  const level = levelAmount(terms, rate);
  const rows: ScheduleRow[] = [];
  let balance = terms.principal;
  for (let number = 1; number <= terms.termMonths; number++) {
    const interest = balance.times(rate);
    const amortization = number === terms.termMonths ? balance : terms.system === 'PRICE' ? level.subtract(interest) : level;
    if (amortization.isNegative()) return undefined;
    balance = balance.subtract(amortization);
    rows.push({ number, payment: interest.add(amortization), interest, amortization, balance });
  }
  return rows;
}

/** Like tryScheduleRows; a table that cannot be built is BAD_USER_INPUT on termMonths. */
export function scheduleRows(terms: ScheduleTerms): readonly ScheduleRow[] {
  const rows = tryScheduleRows(terms);
  if (rows === undefined) throw unschedulable(terms);
  return rows;
}

const unschedulable = ({ principal, termMonths, monthlyRate }: ScheduleTerms) =>
  badInput(
    `${termMonths} installments at ${monthlyRate.toFixed()} % a month cannot repay ${principal} ` +
      'with amounts in cents (the rounding would turn an amortization negative); choose fewer months',
    'termMonths',
  );

/** Installment k falls due k months after the start date, on the same day clamped to the month's end. */
export function buildSchedule(terms: ScheduleTerms & { readonly startDate: BusinessDate }): readonly Installment[] {
  return scheduleRows(terms).map((row) => ({ ...row, dueDate: terms.startDate.addMonthsClamped(row.number) }));
}

export const totalPaid = (installments: readonly ScheduleRow[]): Money => Money.sum(installments.map((row) => row.payment));
export const totalInterest = (installments: readonly ScheduleRow[]): Money => Money.sum(installments.map((row) => row.interest));

/** The largest installment: what a borrower must be able to afford. */
export const largestPayment = (installments: readonly ScheduleRow[]): Money =>
  installments.reduce((largest, row) => Money.max(largest, row.payment), Money.ZERO);
