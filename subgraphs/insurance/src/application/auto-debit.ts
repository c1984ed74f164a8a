import type { Reference } from '@bank/contracts';
import type { AuthenticatedPrincipal } from '@bank/identity';
import type { Stored } from '@bank/kernel';
import { ownedBy } from '@bank/identity';
import {
  calendarDateInBrasilia,
  premiumAutoDebitOf,
  recordPremiumAutoDebitFailed,
  recordPremiumAutoDebitPosted,
  requestPremiumAutoDebit,
  setPremiumAutoDebit,
  type PolicyRecord,
} from '../domain';
import type { Insurance } from './context';
import { policyOwner, requirePolicy, saveChange, saveUnlessChanged } from './policies';

/** The holder turns the automatic debit of the policy's premium installments from their checking account on or off. */
export async function setPolicyAutoDebit(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  policyId: string,
  enabled: boolean,
): Promise<Stored<PolicyRecord>> {
  const record = ownedBy(principal, await insurance.policies.get(policyId), policyOwner, `auto policy ${policyId}`);
  return saveChange(insurance, record, setPremiumAutoDebit(record, { enabled, at: insurance.clock.now() }));
}

/**
 * The periodic job: asks for the debit of every premium installment due today (or earlier and never
 * debited) of the policies with the automatic debit on. Every replica may run it: the write is
 * conditioned on the version read, so each installment is asked for once. Returns how many.
 */
export async function requestDueAutoDebits(insurance: Insurance, batchSize = 100): Promise<number> {
  const now = insurance.clock.now();
  let requested = 0;
  for (const record of await insurance.policies.dueForAutoDebit(calendarDateInBrasilia(now), batchSize)) {
    if (await saveUnlessChanged(insurance, record, requestPremiumAutoDebit(record, now))) requested += 1;
  }
  return requested;
}

/** The accounts subgraph debited the installment: paid (or credited back when it was paid otherwise meanwhile). */
export async function autoDebitPosted(insurance: Insurance, { reference, settledAt }: { reference: Reference; settledAt: Date }): Promise<void> {
  const debit = premiumAutoDebitOf(reference);
  if (debit === null) return;
  const record = await requirePolicy(insurance, debit.policyId);
  const change = recordPremiumAutoDebitPosted(record, { installment: debit.installment, at: settledAt });
  if (change !== null) await saveChange(insurance, record, change);
}

/** The debit was refused: the installment stays open and `insurance.policy.auto-debit-failed` tells the holder. */
export async function autoDebitFailed(insurance: Insurance, { reference, reason }: { reference: Reference; reason: string }): Promise<void> {
  const debit = premiumAutoDebitOf(reference);
  if (debit === null) return;
  const record = await requirePolicy(insurance, debit.policyId);
  const change = recordPremiumAutoDebitFailed(record, { installment: debit.installment, reason, at: insurance.clock.now() });
  if (change !== null) await saveChange(insurance, record, change);
}
