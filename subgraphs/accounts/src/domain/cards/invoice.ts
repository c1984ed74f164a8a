import { BusinessDate, Money } from '@bank/kernel';

/** An invoice is due this many days after it closes. */
export const DUE_DAYS_AFTER_CLOSING = 10;
/** The minimum payment: this share of the total, rounded up to the cent, but at least MINIMUM_FLOOR (or the total when less). */
export const MINIMUM_PAYMENT_PERCENT = 15n;
export const MINIMUM_FLOOR = Money.parse('25.00');

const DAY_MS = 86_400_000;

/** An invoice's period, "YYYY-MM": the month it closes in. */
export type InvoicePeriod = string & { readonly __period: true };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parsePeriod(input: string): InvoicePeriod | null {
  return PERIOD.test(input) ? (input as InvoicePeriod) : null;
}

const periodAt = (year: number, monthIndex: number): InvoicePeriod => {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}` as InvoicePeriod;
};

export function addMonths(period: InvoicePeriod, months: number): InvoicePeriod {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return periodAt(year, month - 1 + months);
}

const closingDayOf = (period: InvoicePeriod, closingDay: number): BusinessDate => {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return BusinessDate.of(year, month, closingDay);
};

/** The invoice closes at the start (00:00 in Brasília) of its closing day: what posted before belongs to it. */
export const closingDateOf = (period: InvoicePeriod, closingDay: number): Date => closingDayOf(period, closingDay).startsAt();

export const dueDateOf = (period: InvoicePeriod, closingDay: number): Date => closingDayOf(period, closingDay).addDays(DUE_DAYS_AFTER_CLOSING).startsAt();

/** The invoice a purchase posted at `at` goes to: the first that closes after it. */
export function periodOf(at: Date, closingDay: number): InvoicePeriod {
  const today = BusinessDate.fromInstant(at);
  const here = periodAt(today.year, today.month - 1);
  return at.getTime() < closingDateOf(here, closingDay).getTime() ? here : addMonths(here, 1);
}

/** Parcelado sem juros: `count` equal installments; the cents that do not divide go on the first. */
export function splitInstallments(amount: Money, count: number): Money[] {
  const share = amount.cents / BigInt(count);
  const first = amount.cents - share * BigInt(count - 1);
  return Array.from({ length: count }, (_, index) => Money.fromCents(index === 0 ? first : share));
}

export function minimumPaymentOf(total: Money): Money {
  if (!total.isPositive()) return Money.ZERO;
  const share = Money.fromCents((total.cents * MINIMUM_PAYMENT_PERCENT + 99n) / 100n);
  return Money.min(total, Money.max(share, MINIMUM_FLOOR));
}

export type InvoiceStatus = 'OPEN' | 'CLOSED' | 'PAID' | 'OVERDUE';

/** Derived from the clock, so an invoice closes and falls due without a job. */
export function invoiceStatusOf(
  { closingDate, dueDate, total, paid }: { closingDate: Date; dueDate: Date; total: Money; paid: Money },
  now: Date,
): InvoiceStatus {
  if (now.getTime() < closingDate.getTime()) return 'OPEN';
  if (!paid.lessThan(total)) return 'PAID';
  return now.getTime() >= dueDate.getTime() + DAY_MS ? 'OVERDUE' : 'CLOSED';
}
