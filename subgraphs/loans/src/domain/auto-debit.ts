import type { Reference } from '@bank/contracts';
import {
  attemptedAutoDebit,
  autoDebitOf,
  autoDebitReference as sharedReference,
  pendingAutoDebit,
  type Transition,
  unprocessable,
  withAutoDebitRequested,
  withAutoDebitResolved,
} from '@bank/kernel';
import type { AutoDebitAttempt } from './auto-debit-state';
import type {
  AutoDebitChanged,
  AutoDebitFailed,
  AutoDebitRequested,
  InstallmentPaid,
  LoanChargeRemovalRequested,
  LoanSettled,
  PaymentReturnRequested,
} from './events';
import { DEFAULT_LATE_PAYMENT_POLICY, type LatePaymentPolicy } from './late-payment';
import { installmentDue, payInstallment } from './loan';
import { LOANS_SOURCE, supersedeOpenCharges, withLoan, type LoanAggregate } from './loan-aggregate';
import type { LocalDate } from './local-date';

/** One per installment: the ledger transfer id derives from it, so a redelivered request debits once. */
export const autoDebitReference = (loanId: string, number: number): Reference => sharedReference(LOANS_SOURCE, loanId, number);

/** The installment an automatic debit's reference names; null for any other reference. */
export function autoDebitNumberOf(reference: Reference | null | undefined): number | null {
  const debit = autoDebitOf(reference, LOANS_SOURCE);
  return debit === null || debit.contract.includes('/') ? null : debit.number;
}

/** The borrower turns the automatic debit on or off; a loan that is over takes no debit. */
export function setAutoDebit(aggregate: LoanAggregate, { enabled, at }: { enabled: boolean; at: Date }): Transition<LoanAggregate, AutoDebitChanged> {
  const { loan } = aggregate;
  if (loan.status === 'SETTLED' || loan.status === 'REJECTED') throw unprocessable(`Loan ${loan.id} is ${loan.status}: it has no installments to debit.`);
  const changed: AutoDebitChanged = {
    type: 'loans.loan.auto-debit-changed',
    subject: loan.id,
    data: { loanId: loan.id, customerId: loan.customerId, enabled },
    occurredAt: at,
  };
  return { state: withLoan(aggregate, loan, { autoDebit: { ...aggregate.autoDebit, enabled } }), events: [changed] };
}

/**
 * On (or after) an installment's due date, with the automatic debit on, asks the accounts subgraph
 * to debit what it owes that day, once per installment; null when there is nothing to debit today.
 */
export function requestAutoDebit(
  aggregate: LoanAggregate,
  { today, at, policy = DEFAULT_LATE_PAYMENT_POLICY }: { today: LocalDate; at: Date; policy?: LatePaymentPolicy },
): Transition<LoanAggregate, AutoDebitRequested> | null {
  const { loan, autoDebit } = aggregate;
  if (!autoDebit.enabled || loan.status !== 'ACTIVE') return null;
  const due = loan.installments.find((installment) => installment.paid === null && installment.dueDate.compare(today) <= 0);
  if (due === undefined || attemptedAutoDebit(autoDebit, due.number)) return null;
  const { amount } = installmentDue(loan, { number: due.number, on: today, policy });
  const requested: AutoDebitRequested = {
    type: 'loans.accounts.debit-requested',
    subject: loan.id,
    data: {
      reference: autoDebitReference(loan.id, due.number),
      customerId: loan.customerId,
      amount: amount.toString(),
      description: `Loan ${loan.id}: installment ${due.number} of ${loan.installments.length}`,
    },
    occurredAt: at,
  };
  return {
    state: withLoan(aggregate, loan, { autoDebit: withAutoDebitRequested(autoDebit, { number: due.number, amount, on: today, requestedAt: at }) }),
    events: [requested],
  };
}

const pending = (aggregate: LoanAggregate, number: number) => pendingAutoDebit(aggregate.autoDebit, number);

const replaceAttempt = (aggregate: LoanAggregate, next: AutoDebitAttempt): LoanAggregate['autoDebit'] => withAutoDebitResolved(aggregate.autoDebit, next);

/**
 * The debit posted: the installment is PAID for what it owed on the debit's day, and its open Pix
 * charges (and payoff quotes) are superseded, so that paying one later is returned. A debit that
 * posted after the installment was paid otherwise is credited back. null: not pending (a redelivery).
 */
export function recordAutoDebitPosted(
  aggregate: LoanAggregate,
  { number, at, policy = DEFAULT_LATE_PAYMENT_POLICY }: { number: number; at: Date; policy?: LatePaymentPolicy },
): Transition<LoanAggregate, InstallmentPaid | LoanSettled | PaymentReturnRequested | LoanChargeRemovalRequested> | null {
  const attempt = pending(aggregate, number);
  if (attempt === null) return null;
  const { loan } = aggregate;
  const payable = loan.status === 'ACTIVE' && loan.installments.some((installment) => installment.number === number && installment.paid === null);
  if (!payable) {
    const returned: PaymentReturnRequested = {
      type: 'loans.accounts.credit-requested',
      subject: loan.id,
      data: {
        reference: { source: LOANS_SOURCE, id: `${loan.id}/return/auto-debit-${number}` },
        customerId: loan.customerId,
        amount: attempt.amount.toString(),
        withheldTax: null,
        description: `Return of the automatic debit of installment ${number}: it was already paid`,
      },
      occurredAt: at,
    };
    return {
      state: withLoan(aggregate, loan, { autoDebit: replaceAttempt(aggregate, { ...attempt, status: 'RETURNED', settledAt: at }) }),
      events: [returned],
    };
  }
  const { state, events } = payInstallment(loan, { number, on: attempt.on, at, policy });
  const paid = withLoan(aggregate, state, { autoDebit: replaceAttempt(aggregate, { ...attempt, status: 'PAID', settledAt: at }) });
  const superseded = supersedeOpenCharges(paid, { purpose: { kind: 'INSTALLMENT', number }, txid: null }, at);
  return { state: { ...paid, charges: superseded.charges }, events: [...events, ...superseded.events] };
}

/** The debit was refused: the installment stays open (payable by Pix) and the borrower is told. null: not pending. */
export function recordAutoDebitFailed(
  aggregate: LoanAggregate,
  { number, reason, at }: { number: number; reason: string; at: Date },
): Transition<LoanAggregate, AutoDebitFailed> | null {
  const attempt = pending(aggregate, number);
  if (attempt === null) return null;
  const { loan } = aggregate;
  const failed: AutoDebitFailed = {
    type: 'loans.loan.auto-debit-failed',
    subject: loan.id,
    data: { loanId: loan.id, customerId: loan.customerId, number, amount: attempt.amount.toString(), reason },
    occurredAt: at,
  };
  return {
    state: withLoan(aggregate, loan, { autoDebit: replaceAttempt(aggregate, { ...attempt, status: 'FAILED', reason, failedAt: at }) }),
    events: [failed],
  };
}
