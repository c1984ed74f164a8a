import { Decimal, roundHalfEven, type Money } from '@bank/kernel';
import { largestPayment, tryScheduleRows } from './schedule';
import type { LoanRequest } from './loan-request';

/**
 * The offered rate depends on how much of the monthly income the installment commits.
 * Tiers are tried from the cheapest; the first whose installment (the largest one of the table
 * at that tier's rate) fits within its share of income is offered.
 *
 * | installment at the tier's rate, share of monthly income | offered rate, % a month |
 * |---------------------------------------------------------|-------------------------|
 * | up to 10 %                                              | 1.49                    |
 * | up to 20 %                                              | 1.99                    |
 * | up to 30 %                                              | 2.49                    |
 * | above 30 % even at 2.49 %                               | rejected                |
 *
 * A share is compared exactly ("up to" includes the bound). A table that cannot be built at a
 * tier's rate (see tryScheduleRows) does not fit that tier.
 */
export const CREDIT_TIERS: readonly CreditTier[] = [
  { maxIncomeSharePercent: new Decimal(10), monthlyRate: new Decimal('1.49') },
  { maxIncomeSharePercent: new Decimal(20), monthlyRate: new Decimal('1.99') },
  { maxIncomeSharePercent: new Decimal(30), monthlyRate: new Decimal('2.49') },
];

export interface CreditTier {
  readonly maxIncomeSharePercent: Decimal;
  /** Percent a month. */
  readonly monthlyRate: Decimal;
}

export type CreditDecision =
  | {
      readonly outcome: 'APPROVED';
      /** Percent a month. */
      readonly monthlyRate: Decimal;
      readonly installment: Money;
      /** Installment / income in percent, 2 decimals (informative). */
      readonly incomeSharePercent: Decimal;
    }
  | { readonly outcome: 'REJECTED'; readonly reason: string };

type Application = Pick<LoanRequest, 'principal' | 'termMonths' | 'system' | 'monthlyIncome'>;

/** Deterministic: the same application always gets the same decision. */
export function analyseCredit(application: Application, tiers: readonly CreditTier[] = CREDIT_TIERS): CreditDecision {
  const income = application.monthlyIncome.toDecimal();
  for (const tier of tiers) {
    const installment = installmentAt(application, tier);
    if (installment && installment.toDecimal().times(100).lessThanOrEqualTo(income.times(tier.maxIncomeSharePercent))) {
      return { outcome: 'APPROVED', monthlyRate: tier.monthlyRate, installment, incomeSharePercent: shareOf(installment, income) };
    }
  }
  const loosest = tiers.at(-1);
  if (loosest === undefined) throw new RangeError('no credit tiers');
  return { outcome: 'REJECTED', reason: rejectionReason(application, loosest, installmentAt(application, loosest)) };
}

function installmentAt(application: Application, tier: CreditTier): Money | undefined {
  const rows = tryScheduleRows({ ...application, monthlyRate: tier.monthlyRate });
  return rows && largestPayment(rows);
}

const shareOf = (installment: Money, income: Decimal): Decimal => roundHalfEven(installment.toDecimal().times(100).dividedBy(income), 2);

function rejectionReason(application: Application, tier: CreditTier, installment: Money | undefined): string {
  const rate = tier.monthlyRate.toFixed();
  if (installment === undefined) {
    return `${application.termMonths} installments at ${rate} % a month cannot repay ${application.principal} to the cent.`;
  }
  return (
    `The installment of ${installment} at ${rate} % a month exceeds ${tier.maxIncomeSharePercent.toFixed()} % ` +
    `of the monthly income of ${application.monthlyIncome}.`
  );
}
