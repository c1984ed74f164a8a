import type { Logger } from '@bank/observability';
import { startPeriodicJob, type PeriodicJob, type PeriodicJobOptions } from '@bank/platform';
import type { Ledger } from '../application';

export interface LedgerJobsOptions {
  readonly ledger: Ledger;
  readonly logger: Logger;
  /** How often holds whose time ran out are voided. */
  readonly holdExpiryIntervalMs: number;
  /** How often the ledger is reconciled (and `ledger_imbalance_cents` updated). */
  readonly reconciliationIntervalMs: number;
}

/** The ledger's background work: voiding expired holds, and proving the ledger balanced. */
export function ledgerJobs({ ledger, logger, holdExpiryIntervalMs, reconciliationIntervalMs }: LedgerJobsOptions): Omit<PeriodicJobOptions, 'logger'>[] {
  return [
    { name: 'ledger-hold-expiry', intervalMs: holdExpiryIntervalMs, run: () => ledger.expireHolds() },
    {
      name: 'ledger-reconciliation',
      intervalMs: reconciliationIntervalMs,
      run: async () => {
        const report = await ledger.reconcile();
        if (!report.balanced) logger.error({ imbalanceCents: String(report.imbalanceCents), mismatches: report.mismatches.length }, 'LEDGER OUT OF BALANCE');
      },
    },
  ];
}

/** The ledger's jobs on their own, outside a service (the service starts them on its platform). */
export function startLedgerJobs(options: LedgerJobsOptions): PeriodicJob {
  const jobs = ledgerJobs(options).map((job) => startPeriodicJob({ ...job, logger: options.logger }));
  return { stop: async () => void (await Promise.all(jobs.map((job) => job.stop()))) };
}
