import type { Money } from '@bank/kernel';
import { businessMetrics, type Logger } from '@bank/observability';
import type { Registry } from 'prom-client';
import type { LoanMetrics } from '../application/ports';

/** The loans subgraph's business metrics on the service's registry. */
export function prometheusLoanMetrics(registry: Registry): LoanMetrics {
  const metric = businessMetrics(registry);
  const requests = metric.counter({ name: 'loans_requested_total', help: 'Loan applications received' });
  const decisions = metric.counter({ name: 'loans_credit_decisions_total', help: 'Credit analyses by outcome (APPROVED, REJECTED)', labelNames: ['outcome'] });
  const disbursed = metric.counter({
    name: 'loans_disbursed_amount_reais_total',
    help: 'Amount released to borrowers (principal less IOF) by settled disbursements, in reais',
  });
  const simulation = metric.histogram({
    name: 'loans_simulation_duration_seconds',
    help: 'Time to compute a loan simulation (table, IOF and CET)',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  });
  return {
    loanRequested: () => requests.inc(),
    creditDecided: (outcome) => decisions.inc({ outcome }),
    loanDisbursed: (released: Money) => disbursed.inc(Number(released.toString())),
    timeSimulation: (simulate) => {
      const stop = simulation.startTimer();
      try {
        return simulate();
      } finally {
        stop();
      }
    },
  };
}

/** How many ACTIVE loans are overdue, counted in the store when Prometheus scrapes. */
export function registerOverdueGauge(registry: Registry, countOverdue: () => Promise<number>, logger: Logger): void {
  businessMetrics(registry).gauge({
    name: 'loans_overdue_loans',
    help: 'ACTIVE loans with an installment unpaid past its due date',
    readOnScrape: { read: countOverdue, logger: logger },
  });
}
