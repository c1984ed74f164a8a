import { parseAmountFor, parseText, withinCeiling, type Money } from '@bank/kernel';
import { parseAmortizationSystem, parsePrincipal, parseTermMonths, type AmortizationSystem } from './loan-terms';

/** A borrower's application; the rate is not theirs to choose but the credit analysis's to offer. */
export interface LoanRequest {
  readonly principal: Money;
  readonly termMonths: number;
  readonly system: AmortizationSystem;
  readonly monthlyIncome: Money;
  readonly purpose: string;
}

export interface LoanRequestInput {
  readonly principal: unknown;
  readonly termMonths: unknown;
  readonly system: unknown;
  readonly monthlyIncome: unknown;
  readonly purpose: unknown;
}

/** Validates every field; the first bad one is BAD_USER_INPUT naming it. */
export function parseLoanRequest(input: LoanRequestInput): LoanRequest {
  return {
    principal: withinCeiling('LOAN_PRINCIPAL', parsePrincipal(input.principal), 'principal'),
    termMonths: parseTermMonths(input.termMonths),
    system: parseAmortizationSystem(input.system),
    monthlyIncome: parseAmountFor('MONTHLY_INCOME', input.monthlyIncome, 'monthlyIncome'),
    purpose: parseText(input.purpose, 'reason', 'purpose'),
  };
}
