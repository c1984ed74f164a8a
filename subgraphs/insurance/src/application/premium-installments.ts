import { BusinessDate, isAppError, type Stored } from '@bank/kernel';
import { chargeNextInstallment, type PolicyRecord } from '../domain';
import type { Insurance } from './context';
import { saveChange } from './policies';

/** How many days before an installment falls due its Pix charge is requested, unless configured otherwise. */
export const DEFAULT_PREMIUM_CHARGE_LEAD_DAYS = 10;

/**
 * Requests the Pix charge of every installment falling due within `leadDays` (one per policy per
 * run; the next run takes the next). Every replica may run it: the write is conditioned on the
 * version read, so each installment is requested once. Returns how many were requested.
 */
export async function chargeDueInstallments(insurance: Insurance, leadDays: number, batchSize = 100): Promise<number> {
  const now = insurance.clock.now();
  const dueBy = BusinessDate.fromInstant(now).addDays(leadDays);
  let requested = 0;
  for (const record of await insurance.policies.dueForCharge(dueBy, batchSize)) {
    if (await chargeInstallment(insurance, record, { now, leadDays })) requested += 1;
  }
  return requested;
}

async function chargeInstallment(insurance: Insurance, record: Stored<PolicyRecord>, at: { now: Date; leadDays: number }): Promise<boolean> {
  const change = chargeNextInstallment(record, at);
  if (change === null) return false;
  try {
    await saveChange(insurance, record, change);
    return true;
  } catch (error) {
    // Charged, cancelled or paid by another request or replica meanwhile: the next run reads it again.
    if (isAppError(error) && error.code === 'CONFLICT') return false;
    throw error;
  }
}
