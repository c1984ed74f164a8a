import type { PolicyActivated, PolicyCancelled } from '../domain';
import type { ActivePolicyCount } from './ports';

export const ACTIVE_POLICY_EVENTS: readonly (PolicyActivated | PolicyCancelled)['type'][] = ['insurance.policy.activated', 'insurance.policy.cancelled'];

/** An activation adds one ACTIVE policy; cancelling an ACTIVE policy (CANCELLED, not CANCELLED_UNPAID) takes one away. */
export async function countActivePolicies(count: ActivePolicyCount, event: { readonly type: string; readonly data: unknown }): Promise<void> {
  if (event.type === 'insurance.policy.activated') await count.add(1);
  else if (event.type === 'insurance.policy.cancelled' && (event.data as PolicyCancelled['data']).status === 'CANCELLED') await count.add(-1);
}
