import type { Clock } from '@bank/kernel';
import type { LedgerMetrics, LedgerStore } from './ports';

/** What the ledger's use cases run with; wired by hand in the composition root. */
export interface LedgerContext {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly metrics: LedgerMetrics;
}
