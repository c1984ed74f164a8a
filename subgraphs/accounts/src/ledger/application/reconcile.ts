import type { AccountId, Totals } from '../domain';
import type { LedgerContext } from './context';

export interface ReconciliationReport {
  /** Total debits equal total credits (posted and pending), and every account's totals equal the sums of its transfers. */
  readonly balanced: boolean;
  readonly totals: Totals;
  /** |Σ debits − Σ credits| posted and pending, plus every account's difference from its transfers: 0 when balanced. */
  readonly imbalanceCents: bigint;
  /** The accounts that differ (the first 100). */
  readonly mismatches: readonly { readonly accountId: AccountId; readonly stored: Totals; readonly fromTransfers: Totals }[];
  readonly checkedAt: Date;
}

const abs = (value: bigint): bigint => (value < 0n ? -value : value);

/**
 * Proves the ledger balanced, and reports the imbalance to the metrics (`ledger_imbalance_cents`).
 * A difference is an incident to investigate, never something to correct here.
 */
export async function reconcile({ store, clock, metrics }: LedgerContext): Promise<ReconciliationReport> {
  const checkedAt = clock.now();
  const { stored, mismatches, mismatchCents } = await store.reconciliationFacts(100);
  const imbalanceCents =
    abs(stored.debitsPosted.cents - stored.creditsPosted.cents) + abs(stored.debitsPending.cents - stored.creditsPending.cents) + mismatchCents;
  metrics.imbalanceMeasured(imbalanceCents);
  return { balanced: imbalanceCents === 0n, totals: stored, imbalanceCents, mismatches, checkedAt };
}
