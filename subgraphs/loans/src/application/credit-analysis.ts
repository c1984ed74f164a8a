import { analyseApplication } from '../domain';
import type { Loans } from './context';
import { changeLoan } from './loan-access';
import type { StoredLoan } from './ports';

/** Decides a loan under analysis (see CREDIT_TIERS); null when it is unknown or already decided. */
export async function analyseRequestedLoan(loans: Loans, loanId: string): Promise<StoredLoan | null> {
  const decided = await changeLoan(loans, loanId, (loan) => (loan.loan.status === 'UNDER_ANALYSIS' ? analyseApplication(loan, loans.clock.now()) : null));
  if (decided?.loan.status === 'APPROVED' || decided?.loan.status === 'REJECTED') loans.metrics.creditDecided(decided.loan.status);
  return decided;
}
