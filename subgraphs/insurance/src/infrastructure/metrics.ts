import { type DomainEvent, Money } from '@bank/kernel';
import { businessMetrics, type Logger } from '@bank/observability';
import type { Registry } from 'prom-client';
import type { ActivePolicyCount, TransitionMetrics } from '../application/ports';
import type { InsuranceEvent } from '../domain';

/**
 * The business metrics, counted from the events each saved change recorded (so a change that was not
 * saved counts nothing). Conversion rate: insurance_policies_issued_total / insurance_quotes_total.
 * Active policies are read from the table at scrape time, so every replica reports the same count.
 */
export function insuranceMetrics(registry: Registry, activePolicies: ActivePolicyCount, logger: Logger): TransitionMetrics {
  const metric = businessMetrics(registry);
  const quotes = metric.counter({ name: 'insurance_quotes_total', help: 'Auto quotes given' });
  const issued = metric.counter({ name: 'insurance_policies_issued_total', help: 'Quotes turned into policies (conversions)' });
  const activated = metric.counter({ name: 'insurance_policies_activated_total', help: 'Policies activated by the payment of their first installment' });
  const cancelled = metric.counter({
    name: 'insurance_policies_cancelled_total',
    help: 'Policies cancelled, by status (CANCELLED, CANCELLED_UNPAID)',
    labelNames: ['status'],
  });
  const claims = metric.counter({ name: 'insurance_claims_total', help: 'Claims by outcome: filed, approved, denied, paid', labelNames: ['outcome'] });
  const failedTransfers = metric.counter({
    name: 'insurance_transfers_failed_total',
    help: 'Pix transfers to customers that failed, by kind (payout, refund, premium-return)',
    labelNames: ['kind'],
  });
  const premiumWritten = metric.counter({
    name: 'insurance_premium_written_reais_total',
    help: 'Total premium (IOF included) of the policies issued, in reais',
  });
  metric.gauge({
    name: 'insurance_active_policies',
    help: 'Policies ACTIVE now, across all replicas',
    readOnScrape: { read: () => activePolicies.current(), logger: logger },
  });

  const count = (event: InsuranceEvent): void => {
    switch (event.type) {
      case 'insurance.quote.created':
        return quotes.inc();
      case 'insurance.policy.issued':
        issued.inc();
        return premiumWritten.inc(Money.parse(event.data.totalPremium).toDecimal().toNumber());
      case 'insurance.policy.activated':
        return activated.inc();
      case 'insurance.policy.cancelled':
        return cancelled.inc({ status: event.data.status });
      case 'insurance.claim.filed':
        return claims.inc({ outcome: 'filed' });
      case 'insurance.claim.approved':
        return claims.inc({ outcome: 'approved' });
      case 'insurance.claim.denied':
        return claims.inc({ outcome: 'denied' });
      case 'insurance.claim.paid':
        return claims.inc({ outcome: 'paid' });
      case 'insurance.claim.payout-failed':
        return failedTransfers.inc({ kind: 'payout' });
      case 'insurance.policy.refund-failed':
        return failedTransfers.inc({ kind: event.data.kind });
    }
  };

  return { record: (events: readonly DomainEvent[]) => events.forEach((event) => count(event as InsuranceEvent)) };
}
