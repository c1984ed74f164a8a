import { badInput, type Money, BusinessDate } from '@bank/kernel';
import { effectiveTotalCost, type Cet } from './cet';
import { creditIof, DEFAULT_IOF_RATES, type IofRates } from './iof';
import { parseAmortizationSystem, parseMonthlyRate, parsePrincipal, parseTermMonths } from './loan-terms';
import { buildSchedule, totalInterest, totalPaid, type Installment, type ScheduleTerms } from './schedule';

export interface SimulationTerms extends ScheduleTerms {
  /** The release date; installment k falls due k months later. */
  readonly startDate: BusinessDate;
}

export interface LoanSimulation extends SimulationTerms {
  readonly installments: readonly Installment[];
  readonly totalPaid: Money;
  readonly totalInterest: Money;
  readonly iof: Money;
  /** FC_0: the principal less the IOF, what reaches the borrower. */
  readonly releasedAmount: Money;
  readonly cet: Cet;
}

/** The loanSimulation arguments as they arrive; validated by parseSimulationInput. */
export interface SimulationInput {
  readonly principal: unknown;
  readonly termMonths: unknown;
  readonly monthlyRate: unknown;
  readonly system: unknown;
  readonly startDate?: unknown;
}

/** Plausible contract dates; the last due date of a 420-month table stays a four-digit year. */
const START_DATE_RANGE = { from: BusinessDate.of(1900, 1, 1), to: BusinessDate.of(2999, 12, 31) };

/** Validates every field (BAD_USER_INPUT naming it); a missing startDate means `today`. */
export function parseSimulationInput(input: SimulationInput, today: BusinessDate): SimulationTerms {
  return {
    principal: parsePrincipal(input.principal),
    termMonths: parseTermMonths(input.termMonths),
    monthlyRate: parseMonthlyRate(input.monthlyRate),
    system: parseAmortizationSystem(input.system),
    startDate: input.startDate === undefined || input.startDate === null ? today : parseStartDate(input.startDate),
  };
}

function parseStartDate(input: unknown): BusinessDate {
  const date = BusinessDate.parse(input, 'startDate');
  if (date.isBefore(START_DATE_RANGE.from) || date.isAfter(START_DATE_RANGE.to)) {
    throw badInput(`startDate must be between ${START_DATE_RANGE.from} and ${START_DATE_RANGE.to}`, 'startDate');
  }
  return date;
}

/**
 * The table, its totals, the IOF deducted from what is released, and the CET on that release.
 * A table the rounding cannot close is BAD_USER_INPUT on termMonths (see tryScheduleRows).
 */
export function simulateLoan(terms: SimulationTerms, iofRates: IofRates = DEFAULT_IOF_RATES): LoanSimulation {
  const installments = buildSchedule(terms);
  const iof = creditIof(terms.principal, installments, terms.startDate, iofRates);
  const releasedAmount = terms.principal.subtract(iof);
  return {
    ...terms,
    installments,
    totalPaid: totalPaid(installments),
    totalInterest: totalInterest(installments),
    iof,
    releasedAmount,
    cet: effectiveTotalCost(releasedAmount, installments, terms.startDate),
  };
}
