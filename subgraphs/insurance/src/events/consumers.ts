import { PIX_EVENTS, type PixChargeExpired, type PixChargePaid, type PixTransferFailed, type PixTransferSettled } from '@bank/contracts';
import type { CloudEvent } from '@bank/messaging';
import type { EventConsumer } from '@bank/platform';
import { Money } from '@bank/kernel';
import { ACTIVE_POLICY_EVENTS, countActivePolicies } from '../application/active-policies';
import { recordFailedPayout, recordPayoutSettlement } from '../application/claims';
import type { Insurance } from '../application/context';
import { purposeOf } from '../application/pix-requests';
import { recordPremiumExpiry, recordPremiumPayment } from '../application/policies';
import type { ActivePolicyCount } from '../application/ports';
import { recordFailedRefund } from '../application/refunds';

/** What Pix tells us about the charges and transfers we asked for (our reference, source "insurance"), and our own events the active-policy count follows. */
export function insuranceConsumers(insurance: Insurance, activePolicies: ActivePolicyCount): readonly EventConsumer[] {
  return [
    {
      name: 'premium-payments',
      bindings: [PIX_EVENTS.chargePaid],
      handler: async (event) => {
        const paid = (event as CloudEvent<PixChargePaid>).data;
        const purpose = purposeOf(paid.reference);
        if (purpose?.kind !== 'premium') return;
        await recordPremiumPayment(insurance, { policyId: purpose.policyId, txid: paid.txid, amount: Money.parse(paid.amount), paidAt: new Date(paid.paidAt) });
      },
    },
    {
      name: 'premium-expiries',
      bindings: [PIX_EVENTS.chargeExpired],
      handler: async (event) => {
        const purpose = purposeOf((event as CloudEvent<PixChargeExpired>).data.reference);
        if (purpose?.kind === 'premium') await recordPremiumExpiry(insurance, purpose.policyId);
      },
    },
    {
      name: 'transfer-settlements',
      bindings: [PIX_EVENTS.transferSettled],
      handler: async (event) => {
        const settled = (event as CloudEvent<PixTransferSettled>).data;
        const purpose = purposeOf(settled.reference);
        // Refunds and returned premiums need nothing more once settled.
        if (purpose?.kind === 'payout') await recordPayoutSettlement(insurance, purpose.claimId, new Date(settled.settledAt));
      },
    },
    {
      name: 'transfer-failures',
      bindings: [PIX_EVENTS.transferFailed],
      handler: async (event) => {
        const { reference, reason } = (event as CloudEvent<PixTransferFailed>).data;
        const purpose = purposeOf(reference);
        if (purpose === null || purpose.kind === 'premium') return;
        const failure = { attempt: purpose.attempt, reason, failedAt: new Date(event.time) };
        if (purpose.kind === 'payout') return recordFailedPayout(insurance, purpose.claimId, failure);
        const refund = purpose.kind === 'refund' ? { kind: purpose.kind } : { kind: purpose.kind, txid: purpose.txid };
        return recordFailedRefund(insurance, purpose.policyId, refund, failure);
      },
    },
    {
      name: 'active-policies',
      bindings: ACTIVE_POLICY_EVENTS,
      handler: (event) => countActivePolicies(activePolicies, event),
    },
  ];
}
