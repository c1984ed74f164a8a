import { calendarDateInBrasilia, chargeNextInstallment, plusDays } from '../domain';
import type { Insurance } from './context';
import { saveUnlessChanged } from './policies';

/** How many days before an installment falls due its Pix charge is requested, unless configured otherwise. */
export const DEFAULT_PREMIUM_CHARGE_LEAD_DAYS = 10;

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
    if (await saveUnlessChanged(insurance, record, chargeNextInstallment(record, { now, leadDays }))) requested += 1;
  }
  return requested;
}
