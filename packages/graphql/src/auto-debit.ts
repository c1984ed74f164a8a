import type { AutoDebit, AutoDebitAttempt, Money } from '@bank/kernel';

export interface AutoDebitAttemptView {
  readonly installmentNumber: number;
  readonly amount: Money;
  readonly status: AutoDebitAttempt<unknown>['status'];
  readonly failureReason: string | null;
  readonly requestedAt: Date;
}

/** An automatic debit (loans, insurance) as the schemas show it: enabled, and each installment's attempt. */
export const autoDebitView = <Day>({ enabled, attempts }: AutoDebit<Day>): { enabled: boolean; attempts: AutoDebitAttemptView[] } => ({
  enabled,
  attempts: attempts.map((attempt) => ({
    installmentNumber: attempt.number,
    amount: attempt.amount,
    status: attempt.status,
    failureReason: attempt.status === 'FAILED' ? attempt.reason : null,
    requestedAt: attempt.requestedAt,
  })),
});
