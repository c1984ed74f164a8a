import type { Reference } from '@bank/contracts';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { idempotentObject } from '@bank/messaging';
import { acceptOffer, businessDate, loanIdOf, recordDisbursement, recordDisbursementFailure, retryLoanDisbursement } from '../domain';
import type { Loans } from './context';
import { changeLoan, findVisibleLoan, ownLoanForUpdate } from './loan-access';
import type { StoredLoan } from './ports';

/**
 * The borrower accepts the offer: CONTRACTED, and the credit of the disbursement asked of the accounts subgraph in the same write.
 * Of concurrent acceptances one wins; the others get CONFLICT.
 */
export function acceptLoanOffer(loans: Loans, principal: AuthenticatedPrincipal, loanId: string, idempotencyKey: string): Promise<StoredLoan> {
  return onceForKey(loans, principal, 'acceptLoanOffer', loanId, idempotencyKey, async () => {
    const loan = await ownLoanForUpdate(loans, principal, loanId);
    const { state, events } = acceptOffer(loan, { at: loans.clock.now(), iofRates: loans.settings.iofRates });
    return loans.repository.save(state, loan.version, events);
  });
}

export function retryDisbursement(loans: Loans, principal: AuthenticatedPrincipal, loanId: string, idempotencyKey: string): Promise<StoredLoan> {
  return onceForKey(loans, principal, 'retryLoanDisbursement', loanId, idempotencyKey, async () => {
    const loan = await ownLoanForUpdate(loans, principal, loanId);
    const { state, events } = retryLoanDisbursement(loan, { at: loans.clock.now(), iofRates: loans.settings.iofRates });
    return loans.repository.save(state, loan.version, events);
  });
}

/** The borrower's change to a loan, once per idempotency key; a retry reads the loan as it is now. */
const onceForKey = (loans: Loans, principal: AuthenticatedPrincipal, operation: string, loanId: string, key: string, run: () => Promise<StoredLoan>) =>
  idempotentObject(loans.idempotency, { scope: `${principal.id}:${operation}`, key, input: { loanId } }, run, {
    idOf: () => loanId,
    load: (id) => findVisibleLoan(loans, principal, id),
  });

export interface TransferOutcome {
  readonly reference: Reference | null;
}

/**
 * The disbursement was credited to the borrower's account: ACTIVE, with the table fixed from the day (Brasília) it was.
 * @returns the loan disbursed; null when the reference is not a loan of ours or the loan is not waiting for it.
 */
export async function transferSettled(loans: Loans, { reference, settledAt }: TransferOutcome & { settledAt: Date }): Promise<StoredLoan | null> {
  const loanId = loanIdOf(reference);
  if (loanId === null || reference === null) return null;
  const disbursed = await changeLoan(loans, loanId, (loan) =>
    loan.loan.status === 'CONTRACTED'
      ? recordDisbursement(loan, { reference, on: businessDate(settledAt), at: settledAt, iofRates: loans.settings.iofRates })
      : null,
  );
  if (disbursed?.loan.status === 'ACTIVE') loans.metrics.loanDisbursed(disbursed.loan.disbursement.releasedAmount);
  return disbursed;
}

/** The disbursement could not be credited (no checking account yet): DISBURSEMENT_FAILED, until the borrower opens one and retries. */
export async function transferFailed(loans: Loans, { reference, reason }: TransferOutcome & { reason: string }): Promise<StoredLoan | null> {
  const loanId = loanIdOf(reference);
  if (loanId === null || reference === null) return null;
  return changeLoan(loans, loanId, (loan) =>
    loan.loan.status === 'CONTRACTED' ? recordDisbursementFailure(loan, { reference, reason, at: loans.clock.now() }) : null,
  );
}
