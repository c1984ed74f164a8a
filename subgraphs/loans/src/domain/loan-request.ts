import { badInput, Money } from '@bank/kernel';
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

export const MAX_PURPOSE_LENGTH = 200;

/** Validates every field; the first bad one is BAD_USER_INPUT naming it. */
export function parseLoanRequest(input: LoanRequestInput): LoanRequest {
  return {
    principal: parsePrincipal(input.principal),
    termMonths: parseTermMonths(input.termMonths),
    system: parseAmortizationSystem(input.system),
    monthlyIncome: Money.parsePositive(input.monthlyIncome, 'monthlyIncome'),
    purpose: parsePurpose(input.purpose),
  };
}

function parsePurpose(input: unknown): string {
  const purpose = typeof input === 'string' ? input.trim() : '';
  if (purpose.length === 0 || purpose.length > MAX_PURPOSE_LENGTH) {
    throw badInput(`purpose must be a text of 1 to ${MAX_PURPOSE_LENGTH} characters`, 'purpose');
  }
  return purpose;
}
