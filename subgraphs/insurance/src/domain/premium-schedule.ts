import { BusinessDate, conflict, unprocessable, type Money } from '@bank/kernel';
import type { ActivePolicy, Policy } from './policy';

/**
 * Installment k falls due k − 1 months after activation (the payment of the first), on the same
 * Brasília calendar day, or the month's last day when it has no such day.
 */
export const installmentDueOn = (activatedAt: Date, installment: number): BusinessDate =>
  BusinessDate.fromInstant(activatedAt).addMonthsClamped(installment - 1);

export interface InstallmentDue {
  /** 2 to the plan's count: the first installment is charged at issue. */
  readonly installment: number;
  readonly dueOn: BusinessDate;
  readonly amount: Money;
}

/** The installment after the first `charged` ones, of an ACTIVE policy; null when every one is charged or the policy is not ACTIVE. */
export function nextInstallment(policy: Policy, charged: number): InstallmentDue | null {
  if (policy.status !== 'ACTIVE' || charged >= policy.installments.count) return null;
  const installment = charged + 1;
  return { installment, dueOn: installmentDueOn(policy.activatedAt, installment), amount: policy.installments.amount };
}

/**
 * The installment to charge at `now`: the next one, once it falls due within `leadDays` Brasília
 * days, while the policy is ACTIVE and its term has not ended. A cancelled or expired policy is charged nothing.
 */
export function installmentToCharge(policy: Policy, charged: number, { now, leadDays }: { now: Date; leadDays: number }): InstallmentDue | null {
  if (policy.status !== 'ACTIVE' || now >= policy.term.endsAt) return null;
  const next = nextInstallment(policy, charged);
  return next !== null && !next.dueOn.isAfter(BusinessDate.fromInstant(now).addDays(leadDays)) ? next : null;
}

/** A later installment (2 or more) was paid: it adds to what the insured has paid. */
export function payInstallment(policy: Policy, { installment, amountPaid }: { installment: number; amountPaid: Money }): ActivePolicy {
  if (policy.status !== 'ACTIVE') throw conflict(`policy ${policy.id} is ${policy.status}; only an ACTIVE policy takes installment payments`);
  if (installment < 2 || installment > policy.installments.count) {
    throw unprocessable(
      `policy ${policy.id} is paid in ${policy.installments.count} installments; installment ${installment} is not one of its later installments`,
    );
  }
  const due = policy.installments.amount;
  if (!amountPaid.equals(due)) {
    throw unprocessable(`installment ${installment} of policy ${policy.id} is ${due.toString()}; a payment of ${amountPaid.toString()} cannot pay it`);
  }
  return { ...policy, premiumPaid: policy.premiumPaid.add(amountPaid) };
}
