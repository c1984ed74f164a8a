import { badInput, BusinessDate } from '@bank/kernel';
import type { Principal } from '@bank/identity';
import { quotePayoff, type PayoffQuote } from '../domain';
import type { Loans } from './context';
import { findVisibleLoan } from './loan-access';

export interface LoanPayoffQuote extends PayoffQuote {
  readonly loanId: string;
}

/** What settles the loan on `date` (today when omitted; never a past day). */
export async function payoffQuote(loans: Loans, principal: Principal, loanId: string, date: string | null | undefined): Promise<LoanPayoffQuote> {
  const today = BusinessDate.today(loans.clock);
  const on = date == null ? today : BusinessDate.parse(date, 'date');
  if (on.isBefore(today)) throw badInput(`date cannot be before today, ${today}`, 'date');
  const loan = await findVisibleLoan(loans, principal, loanId);
  return { loanId, ...quotePayoff(loan.loan, on, loans.settings.latePayment) };
}

/** ACTIVE loans with an installment unpaid past its due date, today (the overdue gauge). */
export const countOverdueLoans = (loans: Loans): Promise<number> => loans.repository.countOverdue(BusinessDate.today(loans.clock));
