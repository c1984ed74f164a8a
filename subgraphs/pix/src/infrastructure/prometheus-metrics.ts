import { Counter, Histogram, type Registry } from 'prom-client';
import type { PixMetrics } from '../application/ports';

/** Pix's business metrics on the service's registry. */
export function prometheusPixMetrics(registry: Registry): PixMetrics {
  const charges = new Counter({
    name: 'pix_charges_total',
    help: 'Charges by what happened to them: created, paid, expired, removed',
    labelNames: ['event'] as const,
    registers: [registry],
  });
  const paidAmount = new Counter({ name: 'pix_charges_paid_amount_reais_total', help: 'Amount received on paid charges, in reais', registers: [registry] });
  const transfers = new Counter({
    name: 'pix_transfers_total',
    help: 'Transfers by outcome: requested, settled, failed',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const settlement = new Histogram({
    name: 'pix_transfer_settlement_seconds',
    help: 'From a transfer request to its settlement or failure',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const decodeFailures = new Counter({ name: 'pix_brcode_decode_failures_total', help: 'BR Codes refused by the decoder', registers: [registry] });
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
