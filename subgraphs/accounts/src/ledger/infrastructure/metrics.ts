import { businessMetrics } from '@bank/observability';
import type { Registry } from 'prom-client';
import type { LedgerMetrics } from '../application';

/** `ledger_imbalance_cents` on the service's registry: must always be 0 (an alert fires otherwise). */
export function prometheusLedgerMetrics(registry: Registry): LedgerMetrics {
  const imbalance = businessMetrics(registry).gauge({
    name: 'ledger_imbalance_cents',
    help: 'Cents by which the ledger was out of balance at the last reconciliation (debits vs credits, and account totals vs their transfers); must be 0',
  });
  return { imbalanceMeasured: (cents) => imbalance.set(Number(cents)) };
}
