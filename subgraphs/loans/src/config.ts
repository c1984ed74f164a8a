import { mongoDbEnv, platformEnv, servicePort, type ConfigOf, type Variable } from '@bank/platform';
import { Decimal } from '@bank/kernel';
import { z } from 'zod';
import type { LoanSettings } from './application/context';
import { DEFAULT_IOF_RATES, DEFAULT_LATE_PAYMENT_POLICY, latePaymentPolicy } from './domain';

/** Unset (production included), the rule's default applies: see DEFAULT_IOF_RATES, DEFAULT_LATE_PAYMENT_POLICY. */
const optional = <T>(schema: z.ZodType<T>, description: string): Variable<T | undefined> => ({ schema, description, optional: true });
const percent = z.string().regex(/^\d+(\.\d+)?$/, 'must be a percentage such as "2" or "0.0082"');

export const loansEnv = {
  ...platformEnv,
  ...servicePort(4002, 9402),
  ...mongoDbEnv('loans'),
  LOANS_IOF_FLAT_PERCENT: optional(percent, 'IOF on the principal, once, in percent (default 0.38)'),
  LOANS_IOF_DAILY_PERCENT: optional(percent, 'IOF a day on each amortization until its due date, in percent (default 0.0082)'),
  LOANS_IOF_MAX_DAYS: optional(z.coerce.number().int().min(0), 'days the daily IOF is capped at (default 365)'),
  LOANS_LATE_FINE_PERCENT: optional(percent, 'fine on a late installment, in percent, at most 2 (CDC art. 52 §1; default 2)'),
  LOANS_LATE_MONTHLY_INTEREST_PERCENT: optional(percent, 'moratory interest a month on a late installment, pro rata die, in percent (default 1)'),
  LOANS_CHARGE_WAIT_MS: optional(
    z.coerce.number().int().min(0).max(30_000),
    'how long paying an installment waits for Pix to create the charge (default 5000)',
  ),
  LOANS_AUTO_DEBIT_INTERVAL_MS: optional(
    z.coerce.number().int().min(1000).max(86_400_000),
    'how often installments due are debited from the accounts of borrowers who turned the automatic debit on (default 60000)',
  ),
} as const;

export type LoansConfig = ConfigOf<typeof loansEnv>;

/** The rules' parameters: configured values over the defaults. A fine above 2 % stops the start-up. */
export function loanSettings(config: LoansConfig): LoanSettings {
  const iof = DEFAULT_IOF_RATES;
  const late = DEFAULT_LATE_PAYMENT_POLICY;
  return {
    iofRates: {
      flatPercent: new Decimal(config.LOANS_IOF_FLAT_PERCENT ?? iof.flatPercent),
      dailyPercent: new Decimal(config.LOANS_IOF_DAILY_PERCENT ?? iof.dailyPercent),
      maxDays: config.LOANS_IOF_MAX_DAYS ?? iof.maxDays,
    },
    latePayment: latePaymentPolicy({
      finePercent: config.LOANS_LATE_FINE_PERCENT ?? late.finePercent.toFixed(),
      monthlyInterestPercent: config.LOANS_LATE_MONTHLY_INTEREST_PERCENT ?? late.monthlyInterestPercent.toFixed(),
    }),
    chargeWait: { timeoutMs: config.LOANS_CHARGE_WAIT_MS ?? 5_000, intervalMs: 50 },
    autoDebitIntervalMs: config.LOANS_AUTO_DEBIT_INTERVAL_MS ?? 60_000,
  };
}
