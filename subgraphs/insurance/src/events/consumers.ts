import { AccountSettled, AccountSettlementFailed, PIX_EVENTS, PixChargeCreated, PixChargeExpired, PixChargePaid, SETTLEMENT_EVENTS } from '@bank/contracts';
import { Money } from '@bank/kernel';
import { PIX_SOURCE, purposeOf } from '../domain';
import { addressedTo } from '@bank/messaging';
import { autoDebitOutcomes, eventConsumer, type EventConsumer } from '@bank/platform';
import { z } from 'zod';
import { ACTIVE_POLICY_EVENTS, countActivePolicies } from '../application/active-policies';
import { autoDebitFailed, autoDebitPosted } from '../application/auto-debit';
import { recordFailedPayout, recordPayoutSettlement } from '../application/claims';
import type { Insurance } from '../application/context';
import { recordPremiumChargeCreated, recordPremiumExpiry, recordPremiumPayment } from '../application/policies';
import type { ActivePolicyCount } from '../application/ports';
import { recordFailedRefund } from '../application/refunds';

/** What Pix tells us about the premium charges (routed to us by our references' source, "insurance") and the accounts subgraph about the credits we asked for (only the fields we read), and our own events the active-policy count follows. */
export function insuranceConsumers(insurance: Insurance, activePolicies: ActivePolicyCount): readonly EventConsumer[] {
  return [
    eventConsumer({
      name: 'premium-charges-created',
      bindings: addressedTo(PIX_SOURCE, PIX_EVENTS.chargeCreated),
      schema: PixChargeCreated.pick({ txid: true, reference: true }),
      handle: async ({ txid, reference }) => {
        const purpose = purposeOf(reference);
        if (purpose?.kind === 'premium') await recordPremiumChargeCreated(insurance, purpose.policyId, txid);
      },
    }),
    eventConsumer({
      name: 'premium-payments',
      bindings: addressedTo(PIX_SOURCE, PIX_EVENTS.chargePaid),
      schema: PixChargePaid.pick({ txid: true, amount: true, paidAt: true, reference: true }),
      handle: async (paid) => {
        const purpose = purposeOf(paid.reference);
        if (purpose?.kind !== 'premium') return;
        await recordPremiumPayment(insurance, { policyId: purpose.policyId, txid: paid.txid, amount: Money.parse(paid.amount), paidAt: new Date(paid.paidAt) });
      },
    }),
    eventConsumer({
      name: 'premium-expiries',
      bindings: addressedTo(PIX_SOURCE, PIX_EVENTS.chargeExpired),
      schema: PixChargeExpired.pick({ reference: true }),
      handle: async ({ reference }) => {
        const purpose = purposeOf(reference);
        if (purpose?.kind === 'premium') await recordPremiumExpiry(insurance, purpose.policyId);
      },
    }),
    eventConsumer({
      name: 'transfer-settlements',
      bindings: [SETTLEMENT_EVENTS.creditPosted],
      schema: AccountSettled.pick({ reference: true, settledAt: true }),
      handle: async ({ reference, settledAt }) => {
        const purpose = purposeOf(reference);
        // Refunds and returned premiums need nothing more once credited.
        if (purpose?.kind === 'payout') await recordPayoutSettlement(insurance, purpose.claimId, new Date(settledAt));
      },
    }),
    eventConsumer({
      name: 'transfer-failures',
      bindings: [SETTLEMENT_EVENTS.creditFailed],
      schema: AccountSettlementFailed.pick({ reference: true, message: true }),
      handle: async ({ reference, message: reason }, event) => {
        const purpose = purposeOf(reference);
        if (purpose === null || purpose.kind === 'premium') return;
        const failure = { attempt: purpose.attempt, reason, failedAt: new Date(event.time) };
        if (purpose.kind === 'payout') return recordFailedPayout(insurance, purpose.claimId, failure);
        const refund = purpose.kind === 'refund' ? { kind: purpose.kind } : { kind: purpose.kind, txid: purpose.txid };
        return recordFailedRefund(insurance, purpose.policyId, refund, failure);
      },
    }),
    autoDebitOutcomes({ posted: (outcome) => autoDebitPosted(insurance, outcome), failed: (outcome) => autoDebitFailed(insurance, outcome) }),
    eventConsumer({
      name: 'active-policies',
      bindings: ACTIVE_POLICY_EVENTS,
      // The count reads only the event's type and subject.
      schema: z.unknown(),
      handle: (_data, event) => countActivePolicies(activePolicies, event),
    }),
  ];
}
