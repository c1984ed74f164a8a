import { BusinessDate } from '@bank/kernel';
import { parseSimulationInput, simulateLoan, type LoanSimulation, type SimulationInput } from '../domain';
import type { Loans } from './context';

/** A loan table with its IOF and CET; a missing start date means today in Brasília. */
export function simulate(loans: Loans, input: SimulationInput): LoanSimulation {
  return loans.metrics.timeSimulation(() => simulateLoan(parseSimulationInput(input, BusinessDate.today(loans.clock)), loans.settings.iofRates));
}
