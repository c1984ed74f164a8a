import type { Logger } from '@bank/observability';
import { startPeriodicJob, type PeriodicJob } from '@bank/platform';
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
export function startLedgerJobs({ ledger, logger, holdExpiryIntervalMs, reconciliationIntervalMs }: LedgerJobsOptions): PeriodicJob {
  const jobs = [
    startPeriodicJob({ name: 'ledger-hold-expiry', intervalMs: holdExpiryIntervalMs, logger, run: () => ledger.expireHolds() }),
    startPeriodicJob({
      name: 'ledger-reconciliation',
      intervalMs: reconciliationIntervalMs,
      logger,
      run: async () => {
        const report = await ledger.reconcile();
        if (!report.balanced) logger.error({ imbalanceCents: String(report.imbalanceCents), mismatches: report.mismatches.length }, 'LEDGER OUT OF BALANCE');
      },
    }),
  ];
  return { stop: async () => void (await Promise.all(jobs.map((job) => job.stop()))) };
}
