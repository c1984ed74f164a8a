import { type DomainEvent, type Page, type PageRequest, type Transition, EMPTY_PAGE, notFound, retryWhileStale } from '@bank/kernel';
import { canSee, visibleAmong, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import type { LoanAggregate, LoanStatus } from '../domain';
import type { Loans } from './context';
import type { StoredLoan } from './ports';

const noSuchLoan = (loanId: string) => notFound(`No loan ${loanId}`);

export const isVisibleTo = (loan: LoanAggregate, principal: Principal): boolean => canSee(principal, loan.loan.customerId);

/** A loan the caller may see (their own; staff: any); NOT_FOUND otherwise, so that ids cannot be probed. */
export async function findVisibleLoan(loans: Loans, principal: Principal, loanId: string): Promise<StoredLoan> {
  const loan = await loans.repository.get(loanId);
  if (loan === null || !isVisibleTo(loan, principal)) throw noSuchLoan(loanId);
  return loan;
}

/** The loans among `ids` the caller may see, in one round trip (entity references). */
export async function findVisibleLoans(loans: Loans, principal: Principal, ids: readonly string[]): Promise<ReadonlyMap<string, StoredLoan>> {
  return visibleAmong(principal, await loans.repository.getMany(ids), (loan) => loan.loan.customerId);
}

/** The caller's own loan as stored now, to change it; NOT_FOUND for anyone else's (staff read loans, they do not act on them). */
export async function ownLoanForUpdate(loans: Loans, principal: AuthenticatedPrincipal, loanId: string): Promise<StoredLoan> {
  const loan = await loans.repository.getForUpdate(loanId);
  if (loan === null || loan.loan.customerId !== principal.id) throw noSuchLoan(loanId);
  return loan;
}

export function listLoans(loans: Loans, principal: Principal, customerId: string, status: LoanStatus | null, page: PageRequest): Promise<Page<StoredLoan>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  return loans.repository.listByCustomer(customerId, status, page);
}

/**
 * Applies `change` to the loan as stored now and saves the result; a race with another write reads
 * the loan again and reapplies, so that the outcome of an event is not lost to it.
 * @returns the saved loan; null when the loan does not exist or `change` had nothing to do.
 */
export function changeLoan(
  loans: Loans,
  loanId: string,
  change: (loan: StoredLoan) => Transition<LoanAggregate, DomainEvent> | null,
): Promise<StoredLoan | null> {
  return retryWhileStale(async () => {
    const loan = await loans.repository.getForUpdate(loanId);
    const transition = loan && change(loan);
    if (loan === null || transition === null) return null;
    return loans.repository.save(transition.state, loan.version, transition.events);
  });
}
