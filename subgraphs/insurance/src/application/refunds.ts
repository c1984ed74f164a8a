import type { Stored } from '@bank/kernel';
import { visibleTo, type AuthenticatedPrincipal } from '@bank/identity';
import { idempotentObject } from '@bank/messaging';
import { recordPolicyRefundFailure, retryPolicyRefunds, type PolicyRecord, type PolicyRefund, type TransferFailure } from '../domain';
import type { Insurance } from './context';
import { policyOwner, requirePolicy, saveChange } from './policies';

/** Pix could not send a refund or a returned premium back (the domain's recordPolicyRefundFailure). */
export async function recordFailedRefund(insurance: Insurance, policyId: string, refund: PolicyRefund, failure: TransferFailure): Promise<void> {
  const record = await requirePolicy(insurance, policyId);
  const change = recordPolicyRefundFailure(record, refund, failure);
  if (change !== null) await saveChange(insurance, record, change);
}

/**
 * The policyholder (or staff) asks Pix again for every refund or returned premium whose last attempt
 * failed, each as its next attempt: after registering a Pix key, say.
 */
export function retryAutoPolicyRefund(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  id: string,
  idempotencyKey: string,
): Promise<Stored<PolicyRecord>> {
  const visible = async (policyId: string) => visibleTo(principal, await insurance.policies.get(policyId), policyOwner, `auto policy ${policyId}`);
  return idempotentObject(
    insurance.idempotency,
    { scope: `${principal.id}:retryAutoPolicyRefund`, key: idempotencyKey, input: { policyId: id } },
    async () => {
      const record = await visible(id);
      return saveChange(insurance, record, retryPolicyRefunds(record, insurance.clock.now()));
    },
    { idOf: () => id, load: visible },
  );
}
