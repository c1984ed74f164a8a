import type { Clock } from '@bank/kernel';
import type { IdempotencyStore } from '@bank/messaging';
import type { IofRates, LatePaymentPolicy } from '../domain';
import type { IdGenerator, LoanMetrics, LoanRepository } from './ports';

export interface LoanSettings {
  readonly iofRates: IofRates;
  readonly latePayment: LatePaymentPolicy;
  /** How long payLoanInstallment and payLoanPayoff wait for Pix to report the charge created. */
  readonly chargeWait: { readonly timeoutMs: number; readonly intervalMs: number };
  /** How often the installments due are debited from the accounts of borrowers who turned the automatic debit on. */
  readonly autoDebitIntervalMs: number;
}

/** Everything the use cases need, wired once in service.ts. */
export interface Loans {
  readonly repository: LoanRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly idempotency: IdempotencyStore;
  readonly metrics: LoanMetrics;
  readonly settings: LoanSettings;
}
