import type { Stored } from '@bank/kernel';
import { visibleTo, type AuthenticatedPrincipal } from '@bank/identity';
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
export async function retryAutoPolicyRefund(insurance: Insurance, principal: AuthenticatedPrincipal, id: string): Promise<Stored<PolicyRecord>> {
  const record = visibleTo(principal, await insurance.policies.get(id), policyOwner, `auto policy ${id}`);
  return saveChange(insurance, record, retryPolicyRefunds(record, insurance.clock.now()));
}
