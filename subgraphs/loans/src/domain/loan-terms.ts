import { badInput, Decimal, Money, parseDecimal } from '@bank/kernel';

export const AMORTIZATION_SYSTEMS = ['PRICE', 'SAC'] as const;
export type AmortizationSystem = (typeof AMORTIZATION_SYSTEMS)[number];

/** What the bank lends: every simulation and every loan request stays inside these bounds. */
export const LOAN_LIMITS = {
  minPrincipal: Money.parse('100.00'),
  maxPrincipal: Money.parse('10000000.00'),
  minTermMonths: 1,
  maxTermMonths: 420,
  /** Percent a month. */
  minMonthlyRate: '0',
  maxMonthlyRate: '20',
  monthlyRateDecimals: 4,
} as const;

export function parsePrincipal(input: unknown, field = 'principal'): Money {
  const principal = Money.parse(input, field);
  if (principal.lessThan(LOAN_LIMITS.minPrincipal) || principal.greaterThan(LOAN_LIMITS.maxPrincipal)) {
    throw badInput(`${field} must be between ${LOAN_LIMITS.minPrincipal} and ${LOAN_LIMITS.maxPrincipal}; got ${principal}`, field);
  }
  return principal;
}

export function parseTermMonths(input: unknown, field = 'termMonths'): number {
  const { minTermMonths, maxTermMonths } = LOAN_LIMITS;
  if (typeof input !== 'number' || !Number.isInteger(input) || input < minTermMonths || input > maxTermMonths) {
    throw badInput(`${field} must be a whole number of months from ${minTermMonths} to ${maxTermMonths}; got ${JSON.stringify(input)}`, field);
  }
  return input;
}

/** Percent a month, such as "1.99". */
export function parseMonthlyRate(input: unknown, field = 'monthlyRate'): Decimal {
  return parseDecimal(input, {
    field,
    maxDecimals: LOAN_LIMITS.monthlyRateDecimals,
    min: LOAN_LIMITS.minMonthlyRate,
    max: LOAN_LIMITS.maxMonthlyRate,
  });
}

export function parseAmortizationSystem(input: unknown, field = 'system'): AmortizationSystem {
  const system = AMORTIZATION_SYSTEMS.find((candidate) => candidate === input);
  if (system === undefined) throw badInput(`${field} must be one of ${AMORTIZATION_SYSTEMS.join(', ')}; got ${JSON.stringify(input)}`, field);
  return system;
}
