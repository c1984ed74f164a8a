import type { BusinessDate } from '@bank/kernel';
import type { Money } from '@bank/kernel';
import type { Installment } from './schedule';

export interface InstallmentPayment {
  readonly on: BusinessDate;
  /** What was charged: the payment, plus late charges when paid after the due date. */
  readonly amount: Money;
}

/** An installment of an active loan: its row of the table and, once paid, how. */
export interface LoanInstallment extends Installment {
  readonly paid: InstallmentPayment | null;
}

export type InstallmentStatus = 'PENDING' | 'PAID' | 'OVERDUE';

/** Unpaid installments are PENDING up to and on their due date, OVERDUE from the next day. */
export function installmentStatus(installment: LoanInstallment, on: BusinessDate): InstallmentStatus {
  if (installment.paid !== null) return 'PAID';
  return on.isAfter(installment.dueDate) ? 'OVERDUE' : 'PENDING';
}
