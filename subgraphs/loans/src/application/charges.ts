import { setTimeout as sleep } from 'node:timers/promises';
import type { Reference } from '@bank/contracts';
import { AppError, retryWhileStale } from '@bank/kernel';
import type { AuthenticatedPrincipal, Principal } from '@bank/identity';
import { withIdempotency } from '@bank/messaging';
import { businessDate, loanIdOf, recordChargeCreated, recordChargePaid, recordChargeRefused, requestCharge, type ChargePurpose } from '../domain';
import type { Loans } from './context';
import { changeLoan, isVisibleTo, ownLoanForUpdate } from './loan-access';
import type { StoredLoan } from './ports';

/** A Pix charge, by the txid the Pix subgraph resolves. */
export interface ChargeRef {
  readonly txid: string;
}

/** What a Pix charge pays here: an installment of the loan, or its payoff. */
export interface ChargedLoan {
  readonly loan: StoredLoan;
  readonly purpose: ChargePurpose;
}

/**
 * What each of these charges pays, in one store round trip; a charge whose loan the caller may not
 * see (their own; staff: any) is left out, as one that is not a loan's is.
 */
export async function findChargedLoans(loans: Loans, principal: Principal, txids: readonly string[]): Promise<ReadonlyMap<string, ChargedLoan>> {
  const wanted = new Set(txids);
  const found = await loans.repository.findByChargeTxids(txids);
  return new Map(
    found
      .filter((loan) => isVisibleTo(loan, principal))
      .flatMap((loan) => loan.charges.filter(({ txid }) => wanted.has(txid)).map(({ txid, purpose }) => [txid, { loan, purpose }] as const)),
  );
}

/** A Pix charge for what the installment owes today, late charges included; a retry with the same idempotency key returns it. */
export const payLoanInstallment = (
  loans: Loans,
  principal: AuthenticatedPrincipal,
  loanId: string,
  number: number,
  idempotencyKey: string,
): Promise<ChargeRef> =>
  withIdempotency(loans.idempotency, { scope: `${principal.id}:payLoanInstallment`, key: idempotencyKey, input: { loanId, number } }, () =>
    chargeFor(loans, principal, loanId, { kind: 'INSTALLMENT', number }),
  );

/** A Pix charge for today's payoff quote; a retry with the same idempotency key returns it. */
export const payLoanPayoff = (loans: Loans, principal: AuthenticatedPrincipal, loanId: string, idempotencyKey: string): Promise<ChargeRef> =>
  withIdempotency(loans.idempotency, { scope: `${principal.id}:payLoanPayoff`, key: idempotencyKey, input: { loanId } }, () =>
    chargeFor(loans, principal, loanId, { kind: 'PAYOFF' }),
  );

/**
 * Asks Pix for the charge (or reuses today's unpaid one for the same amount), then waits until Pix
 * reports it created, so that the caller can resolve the charge at once.
 */
async function chargeFor(loans: Loans, principal: AuthenticatedPrincipal, loanId: string, purpose: ChargePurpose): Promise<ChargeRef> {
  const { txid } = await retryWhileStale(async () => {
    const loan = await ownLoanForUpdate(loans, principal, loanId);
    const at = loans.clock.now();
    const { state, events, charge } = requestCharge(loan, { purpose, txid: loans.ids.txid(), on: businessDate(at), at, policy: loans.settings.latePayment });
    if (events.length > 0) await loans.repository.save(state, loan.version, events);
    return charge;
  });
  await untilPixCreated(loans, loanId, txid);
  return { txid };
}

async function untilPixCreated(loans: Loans, loanId: string, txid: string): Promise<void> {
  const { timeoutMs, intervalMs } = loans.settings.chargeWait;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loan = await loans.repository.getForUpdate(loanId);
    const charge = loan?.charges.find((candidate) => candidate.txid === txid);
    if (charge !== undefined && (charge.createdAt !== null || charge.paidAt !== null)) return;
    if (charge?.refusedAt != null) throw new AppError('UNPROCESSABLE', `Pix refused to create charge ${txid}`, { reason: 'CHARGE_REFUSED' });
    if (Date.now() >= deadline) {
      throw new AppError('UNAVAILABLE', `Pix has not confirmed charge ${txid} yet; it will show on the loan's installments once it has.`);
    }
    await sleep(intervalMs);
  }
}

export interface ChargeEvent {
  readonly txid: string;
  readonly reference: Reference | null;
}

/** Pix created a charge we asked for; null when it is not ours or already recorded. */
export function chargeCreated(loans: Loans, { txid, reference }: ChargeEvent): Promise<StoredLoan | null> {
  const loanId = loanIdOf(reference);
  if (loanId === null) return Promise.resolve(null);
  return changeLoan(loans, loanId, (loan) => {
    const state = recordChargeCreated(loan, { txid, at: loans.clock.now() });
    return state && { state, events: [] };
  });
}

/** Pix refused a charge we asked for: it is closed (never reused), and whoever waits for it is told; null when it is not ours or already recorded. */
export function chargeRefused(loans: Loans, { txid, reference }: ChargeEvent): Promise<StoredLoan | null> {
  const loanId = loanIdOf(reference);
  if (loanId === null) return Promise.resolve(null);
  return changeLoan(loans, loanId, (loan) => {
    const state = recordChargeRefused(loan, { txid, at: loans.clock.now() });
    return state && { state, events: [] };
  });
}

/**
 * The borrower paid a charge: its installment is PAID (all paid: SETTLED), or a payoff settles the loan.
 * A payment that can no longer apply (installment already paid, loan settled meanwhile) is returned to
 * the borrower, once per txid; a redelivered payment changes nothing (null).
 */
export function chargePaid(loans: Loans, { txid, reference, paidAt }: ChargeEvent & { paidAt: Date }): Promise<StoredLoan | null> {
  const loanId = loanIdOf(reference);
  if (loanId === null) return Promise.resolve(null);
  return changeLoan(loans, loanId, (loan) => recordChargePaid(loan, { txid, at: paidAt, policy: loans.settings.latePayment }));
}
