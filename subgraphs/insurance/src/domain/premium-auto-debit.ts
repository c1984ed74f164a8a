import { accountRequestTypes, type AccountCreditRequested, type AccountDebitRequested, type Reference } from '@bank/contracts';
import {
  attemptedAutoDebit,
  autoDebitOf,
  autoDebitReference,
  pendingAutoDebit,
  unprocessable,
  withAutoDebitRequested,
  withAutoDebitResolved,
  type AutoDebit,
  type DomainEvent,
  type Transition,
} from '@bank/kernel';
import { calendarDateInBrasilia, type CalendarDate } from './calendar';
import { chargeRemovalsRequested, PIX_SOURCE, type ChargeRemovalRequested } from './pix-requests';
import type { PolicyRecord, PremiumCharge } from './policy-record';
import { installmentDueOn, payInstallment } from './premium-schedule';

/** The policy's automatic debits of its premium installments from the holder's checking account (the shared shape of @bank/kernel). */
export type PremiumAutoDebit = AutoDebit<CalendarDate>;

export type PolicyAutoDebitChanged = DomainEvent<'insurance.policy.auto-debit-changed', { policyId: string; customerId: string; enabled: boolean }>;
/** The holder is told: the debit was refused, the installment stays open (its Pix charge still pays it). */
export type PolicyAutoDebitFailed = DomainEvent<
  'insurance.policy.auto-debit-failed',
  { policyId: string; customerId: string; installment: number; amount: string; reason: string }
>;
type DebitRequested = DomainEvent<string, AccountDebitRequested>;
type CreditRequested = DomainEvent<string, AccountCreditRequested>;

const contractOf = (policyId: string): string => `policy/${policyId}`;

export const premiumAutoDebitReference = (policyId: string, installment: number): Reference =>
  autoDebitReference(PIX_SOURCE, contractOf(policyId), installment);

/** The policy and installment an automatic debit's reference names; null for any other reference. */
export function premiumAutoDebitOf(reference: Reference | null | undefined): { policyId: string; installment: number } | null {
  const debit = autoDebitOf(reference, PIX_SOURCE);
  const policyId = debit?.contract.startsWith('policy/') ? debit.contract.slice('policy/'.length) : '';
  return debit === null || policyId === '' || policyId.includes('/') ? null : { policyId, installment: debit.number };
}

/** The holder turns the automatic debit on or off; only an ACTIVE policy has installments left to debit. */
export function setPremiumAutoDebit(record: PolicyRecord, { enabled, at }: { enabled: boolean; at: Date }): Transition<PolicyRecord, PolicyAutoDebitChanged> {
  const { policy, holder, autoDebit } = record;
  if (policy.status !== 'ACTIVE') throw unprocessable(`Policy ${policy.id} is ${policy.status}: it has no installments to debit.`);
  const changed: PolicyAutoDebitChanged = {
    type: 'insurance.policy.auto-debit-changed',
    subject: policy.id,
    data: { policyId: policy.id, customerId: holder.customerId, enabled },
    occurredAt: at,
  };
  return { state: { ...record, autoDebit: { ...autoDebit, enabled } }, events: [changed] };
}

/** The earliest charged, unpaid later installment due by `today` and never debited automatically; null when none. */
function dueCharge({ policy, premiumCharges, autoDebit }: PolicyRecord, today: CalendarDate | null): PremiumCharge | null {
  if (!autoDebit.enabled || policy.status !== 'ACTIVE') return null;
  const { activatedAt } = policy;
  return (
    premiumCharges.find(
      (charge) =>
        charge.installment > 1 &&
        charge.paidAt === undefined &&
        !attemptedAutoDebit(autoDebit, charge.installment) &&
        (today === null || installmentDueOn(activatedAt, charge.installment) <= today),
    ) ?? null
  );
}

/** When the next automatic debit falls due (the auto-debit index); null when none will. */
export function nextPremiumAutoDebitOn(record: PolicyRecord): CalendarDate | null {
  const charge = dueCharge(record, null);
  return charge === null || record.policy.status !== 'ACTIVE' ? null : installmentDueOn(record.policy.activatedAt, charge.installment);
}

/** On (or after) an installment's due date, with the automatic debit on, asks the accounts subgraph to debit it, once; null when nothing is due. */
export function requestPremiumAutoDebit(record: PolicyRecord, now: Date): Transition<PolicyRecord, DebitRequested> | null {
  const today = calendarDateInBrasilia(now);
  const charge = dueCharge(record, today);
  if (charge === null) return null;
  const { policy, holder } = record;
  const requested: DebitRequested = {
    type: accountRequestTypes.debit(PIX_SOURCE),
    subject: policy.id,
    occurredAt: now,
    data: {
      reference: premiumAutoDebitReference(policy.id, charge.installment),
      customerId: holder.customerId,
      amount: charge.amount.toString(),
      description: `Auto insurance ${policy.id}: installment ${charge.installment} of ${policy.installments.count}`,
    },
  };
  const autoDebit = withAutoDebitRequested(record.autoDebit, { number: charge.installment, amount: charge.amount, on: today, requestedAt: now });
  return { state: { ...record, autoDebit }, events: [requested] };
}

/**
 * The debit posted: the installment is paid (its charge with it). One posted after the installment
 * was paid otherwise, or the policy cancelled, is credited back. null: not pending (a redelivery).
 */
export function recordPremiumAutoDebitPosted(
  record: PolicyRecord,
  { installment, at }: { installment: number; at: Date },
): Transition<PolicyRecord, CreditRequested | ChargeRemovalRequested> | null {
  const attempt = pendingAutoDebit(record.autoDebit, installment);
  if (attempt === null) return null;
  const { policy, holder } = record;
  const charge = record.premiumCharges.find((candidate) => candidate.installment === installment && candidate.paidAt === undefined);
  if (policy.status !== 'ACTIVE' || charge === undefined) {
    const returned: CreditRequested = {
      type: accountRequestTypes.credit(PIX_SOURCE),
      subject: policy.id,
      occurredAt: at,
      data: {
        reference: { source: PIX_SOURCE, id: `${contractOf(policy.id)}/auto-debit-return/${installment}` },
        customerId: holder.customerId,
        amount: attempt.amount.toString(),
        withheldTax: null,
        description: `Return of the automatic debit of installment ${installment}: it was already paid`,
      },
    };
    return { state: { ...record, autoDebit: withAutoDebitResolved(record.autoDebit, { ...attempt, status: 'RETURNED', settledAt: at }) }, events: [returned] };
  }
  const paid = payInstallment(policy, { installment, amountPaid: attempt.amount });
  // Its Pix charge no longer applies: removed before anyone pays it too.
  const removal = chargeRemovalsRequested(record, (candidate) => candidate === charge, `Installment ${installment} was debited from the account`, at);
  return {
    state: {
      ...record,
      policy: paid,
      premiumCharges: record.premiumCharges.map((candidate) => (candidate === charge ? { ...candidate, paidAt: at } : candidate)),
      autoDebit: withAutoDebitResolved(record.autoDebit, { ...attempt, status: 'PAID', settledAt: at }),
    },
    events: removal,
  };
}

/** The debit was refused: the installment stays open and the holder is told. null: not pending. */
export function recordPremiumAutoDebitFailed(
  record: PolicyRecord,
  { installment, reason, at }: { installment: number; reason: string; at: Date },
): Transition<PolicyRecord, PolicyAutoDebitFailed> | null {
  const attempt = pendingAutoDebit(record.autoDebit, installment);
  if (attempt === null) return null;
  const failed: PolicyAutoDebitFailed = {
    type: 'insurance.policy.auto-debit-failed',
    subject: record.policy.id,
    data: { policyId: record.policy.id, customerId: record.holder.customerId, installment, amount: attempt.amount.toString(), reason },
    occurredAt: at,
  };
  return {
    state: { ...record, autoDebit: withAutoDebitResolved(record.autoDebit, { ...attempt, status: 'FAILED', reason, failedAt: at }) },
    events: [failed],
  };
}
