import type { DisbursementFailedLoan, LoanInstallment, RejectedLoan } from '../domain';
import type { Decimal, Page } from '@bank/kernel';
import type { ChargeRef } from '../application/charges';
import type { StoredLoan } from '../application/ports';

/** A Customer as another subgraph refers to it. */
export interface CustomerRef {
  readonly id: string;
}

export type Rejection = RejectedLoan['rejection'];
export type DisbursementFailure = DisbursementFailedLoan['failure'];

/** An installment with the Pix charge that stands for it. */
export interface InstallmentView extends LoanInstallment {
  /** The loan's contract rate, % a month: what an early payment is discounted at. */
  readonly monthlyRate: Decimal;
  readonly charge: ChargeRef | null;
}

export type LoanPage = Page<StoredLoan>;
