import { businessMetrics } from '@bank/observability';
import type { Registry } from 'prom-client';
import type { PixMetrics } from '../application/ports';

/** Pix's business metrics on the service's registry. */
export function prometheusPixMetrics(registry: Registry): PixMetrics {
  const metric = businessMetrics(registry);
  const charges = metric.counter({
    name: 'pix_charges_total',
    help: 'Charges by what happened to them: created, paid, expired, removed',
    labelNames: ['event'],
  });
  const paidAmount = metric.counter({ name: 'pix_charges_paid_amount_reais_total', help: 'Amount received on paid charges, in reais' });
  const transfers = metric.counter({ name: 'pix_transfers_total', help: 'Transfers by outcome: requested, settled, failed', labelNames: ['outcome'] });
  const settlement = metric.histogram({
    name: 'pix_transfer_settlement_seconds',
    help: 'From a transfer request to its settlement or failure',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    labelNames: ['outcome'],
  });
  const decodeFailures = metric.counter({ name: 'pix_brcode_decode_failures_total', help: 'BR Codes refused by the decoder' });
  return {
    charge: (event, amount) => {
      charges.inc({ event });
      if (event === 'paid' && amount !== undefined) paidAmount.inc(Number(amount.toString()));
    },
    transfer: (outcome, seconds) => {
      transfers.inc({ outcome });
      if (seconds !== undefined) settlement.observe({ outcome }, seconds);
    },
    decodeFailed: () => decodeFailures.inc(),
  };
}
