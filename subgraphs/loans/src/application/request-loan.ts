import { TaxId, isAppError, notFound, unprocessable, UNSAVED } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { withIdempotency } from '@bank/messaging';
import { openLoan, parseLoanRequest, type Borrower, type LoanRequestInput } from '../domain';
import type { Loans } from './context';
import type { StoredLoan } from './ports';

/**
 * Applies for a loan: UNDER_ANALYSIS until the credit analysis (a consumer of the request event)
 * decides. Input is validated before anything is written; a retry with the same idempotency key
 * returns the same loan.
 */
export async function requestLoan(loans: Loans, principal: AuthenticatedPrincipal, input: LoanRequestInput, idempotencyKey: string): Promise<StoredLoan> {
  const request = parseLoanRequest(input);
  const borrower = borrowerOf(principal);
  let created: StoredLoan | undefined;
  const loanId = await withIdempotency(loans.idempotency, { scope: `${principal.id}:requestLoan`, key: idempotencyKey, input }, async () => {
    const { state, events } = openLoan({ id: loans.ids.loanId(), customerId: principal.id, borrower, request, at: loans.clock.now() });
    created = await loans.repository.save(state, UNSAVED, events);
    loans.metrics.loanRequested();
    return state.loan.id;
  });
  // The loan as written (the analysis may already have moved it on); a replay gets it as it is now.
  const loan = created ?? (await loans.repository.getForUpdate(loanId));
  if (loan === null) throw notFound(`No loan ${loanId}`);
  return loan;
}

/** Pix charges the borrower by name and document: kept as signed in now, the document checked once here. */
function borrowerOf(principal: AuthenticatedPrincipal): Borrower {
  try {
    return { name: principal.name, document: TaxId.parse(principal.document, 'document').value };
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw unprocessable('Your registered CPF or CNPJ is not valid: a loan needs one.');
  }
}
