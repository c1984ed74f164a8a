import { isAppError } from '@bank/kernel';
import { calendarDateInBrasilia, installmentDueOn, installmentToCharge, nextInstallment, plusDays, type CalendarDate, type InstallmentDue } from '../domain';
import type { Insurance } from './context';
import { chargeRequested, premiumCharge } from './pix-requests';
import type { PolicyRecord } from './ports';
import { saveChange } from './policies';

/** How many days before an installment falls due its Pix charge is requested, unless configured otherwise. */
export const DEFAULT_PREMIUM_CHARGE_LEAD_DAYS = 10;

/** How many installments have been charged: charges are requested in order, so the last one's number. */
export const chargedInstallments = ({ premiumCharges }: Pick<PolicyRecord, 'premiumCharges'>): number => Math.max(0, ...premiumCharges.map(({ installment }) => installment));

/** The installment still to charge next (what the premium-due index holds); null when none remains. */
export const installmentToChargeNext = (record: PolicyRecord): InstallmentDue | null => nextInstallment(record.policy, chargedInstallments(record));

/** The due date of the earliest installment not paid yet, while the policy is ACTIVE within its term; null when none is. */
export function nextInstallmentDue({ policy, premiumCharges }: PolicyRecord, now: Date): CalendarDate | null {
  if (policy.status !== 'ACTIVE' || now >= policy.term.endsAt) return null;
  const unpaid = premiumCharges.find(({ installment, paidAt }) => installment > 1 && paidAt === undefined);
  const installment = unpaid?.installment ?? chargedInstallments({ premiumCharges }) + 1;
  return installment > policy.installments.count ? null : installmentDueOn(policy.activatedAt, installment);
}

/**
 * Requests the Pix charge of every installment falling due within `leadDays` (one per policy per
 * run; the next run takes the next). Every replica may run it: the write is conditioned on the
 * version read, so each installment is requested once. Returns how many were requested.
 */
export async function chargeDueInstallments(insurance: Insurance, leadDays: number, batchSize = 100): Promise<number> {
  const now = insurance.clock.now();
  const dueBy = plusDays(calendarDateInBrasilia(now), leadDays);
  let requested = 0;
  for (const record of await insurance.policies.dueForCharge(dueBy, batchSize)) {
    if (await chargeInstallment(insurance, record, { now, leadDays })) requested += 1;
  }
  return requested;
}

async function chargeInstallment(insurance: Insurance, record: PolicyRecord, at: { now: Date; leadDays: number }): Promise<boolean> {
  const due = installmentToCharge(record.policy, chargedInstallments(record), at);
  if (due === null) return false;
  const charge = premiumCharge(record.policy.id, due.installment, due.amount, at.now);
  try {
    await saveChange(insurance, record, { premiumCharges: [...record.premiumCharges, charge] }, [chargeRequested(record, charge)]);
    return true;
  } catch (error) {
    // Charged, cancelled or paid by another request or replica meanwhile: the next run reads it again.
    if (isAppError(error) && error.code === 'CONFLICT') return false;
    throw error;
  }
}
