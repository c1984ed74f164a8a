import { canSee, type Principal } from '@bank/identity';
import type { Stored } from '@bank/kernel';
import type { Insurance } from './context';
import { policyIdOfPremiumTxid } from '../domain';
import type { PolicyRecord } from './ports';
import { policyOwner } from './policies';

/**
 * The policies these Pix charges pay the premium of, by txid, in one store round trip (none when no
 * txid is a premium's). Premium installments are the only charges we ask Pix for: refunds, returned
 * premiums and claim payouts are transfers. A txid the policy never requested, or whose policy the
 * caller may not see (its holder; staff: any), is left out, as one that is not ours is.
 */
export async function findChargedPolicies(
  insurance: Insurance,
  principal: Principal,
  txids: readonly string[],
): Promise<ReadonlyMap<string, Stored<PolicyRecord>>> {
  const premiums = txids.flatMap((txid) => {
    const policyId = policyIdOfPremiumTxid(txid);
    return policyId === null ? [] : [{ txid, policyId }];
  });
  if (premiums.length === 0) return new Map();
  const policies = await insurance.policies.getMany([...new Set(premiums.map(({ policyId }) => policyId))]);
  return new Map(
    premiums.flatMap(({ txid, policyId }) => {
      const record = policies.get(policyId);
      const visible = record !== undefined && record.premiumCharges.some((charge) => charge.txid === txid) && canSee(principal, policyOwner(record));
      return visible ? [[txid, record] as const] : [];
    }),
  );
}
