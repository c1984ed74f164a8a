import { setTimeout as sleep } from 'node:timers/promises';
import type { Stored } from '@bank/kernel';
import { isCreatedByPix, type PolicyRecord } from '../domain';
import type { Insurance } from './context';

/**
 * Waits (up to the configured time) until Pix reports the policy's first premium charge created, so
 * that the caller can read its BR Code at once, or until the policy left PENDING_PAYMENT (Pix refused the
 * charge: CANCELLED_UNPAID). Returns the policy as it stands then: a charge Pix
 * has not created yet is simply not listed (see `payableCharges`), it never nulls the policy.
 */
export async function untilFirstChargeCreated(insurance: Insurance, record: Stored<PolicyRecord>): Promise<Stored<PolicyRecord>> {
  const { timeoutMs, intervalMs } = insurance.settings.premiumChargeWait;
  const deadline = Date.now() + timeoutMs;
  let current = record;
  while (current.policy.status === 'PENDING_PAYMENT' && !current.premiumCharges.every(isCreatedByPix) && Date.now() < deadline) {
    await sleep(intervalMs);
    current = (await insurance.policies.get(record.policy.id)) ?? current;
  }
  return current;
}

/** The premium charges Pix has created, oldest first: the ones a client can resolve through Pix. */
export const payableCharges = (record: PolicyRecord): readonly { readonly txid: string }[] =>
  record.premiumCharges.filter(isCreatedByPix).map(({ txid }) => ({ txid }));
