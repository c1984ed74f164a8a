import type { Reference } from '@bank/contracts';
import { retryWhileStale } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { autoDebitNumberOf, businessDate, loanIdOf, recordAutoDebitFailed, recordAutoDebitPosted, requestAutoDebit, setAutoDebit } from '../domain';
import type { Loans } from './context';
import { changeLoan, ownLoanForUpdate } from './loan-access';
import type { StoredLoan } from './ports';

/** The borrower turns the automatic debit of the loan's installments from their checking account on or off. */
export function setLoanAutoDebit(loans: Loans, principal: AuthenticatedPrincipal, loanId: string, enabled: boolean): Promise<StoredLoan> {
  return retryWhileStale(async () => {
    const loan = await ownLoanForUpdate(loans, principal, loanId);
    const { state, events } = setAutoDebit(loan, { enabled, at: loans.clock.now() });
    return loans.repository.save(state, loan.version, events);
  });
}

const BATCH = 100;

/**
 * The periodic job: asks for the debit of every installment due today (or earlier and never debited)
 * of the loans with the automatic debit on. Returns how many debits it asked for.
 */
export async function requestDueAutoDebits(loans: Loans): Promise<number> {
  const at = loans.clock.now();
  const today = businessDate(at);
  let requested = 0;
  for (const loanId of await loans.repository.listAutoDebitDue(today, BATCH)) {
    const saved = await changeLoan(loans, loanId, (loan) => requestAutoDebit(loan, { today, at, policy: loans.settings.latePayment }));
    if (saved !== null) requested++;
  }
  return requested;
}

export interface DebitOutcome {
  readonly reference: Reference;
}

const debited = (reference: Reference): { loanId: string; number: number } | null => {
  const loanId = loanIdOf(reference);
  const number = autoDebitNumberOf(reference);
  return loanId === null || number === null ? null : { loanId, number };
};

/** The accounts subgraph debited the installment: PAID; null when the reference is not an automatic debit pending here. */
export function autoDebitPosted(loans: Loans, { reference, settledAt }: DebitOutcome & { settledAt: Date }): Promise<StoredLoan | null> {
  const debit = debited(reference);
  if (debit === null) return Promise.resolve(null);
  return changeLoan(loans, debit.loanId, (loan) => recordAutoDebitPosted(loan, { number: debit.number, at: settledAt, policy: loans.settings.latePayment }));
}

/** The debit was refused (not enough funds...): the installment stays open and `loans.loan.auto-debit-failed` tells the borrower. */
export function autoDebitFailed(loans: Loans, { reference, reason }: DebitOutcome & { reason: string }): Promise<StoredLoan | null> {
  const debit = debited(reference);
  if (debit === null) return Promise.resolve(null);
  return changeLoan(loans, debit.loanId, (loan) => recordAutoDebitFailed(loan, { number: debit.number, reason, at: loans.clock.now() }));
}
