import type { DomainEvent, Money, Transition } from '@bank/kernel';
import type { AutoQuote } from './quote';
import type { Claim } from './claim';
import type { CalendarDate } from './calendar';
import { installmentDueOn, installmentToCharge, nextInstallment, payInstallment, type InstallmentDue } from './premium-schedule';
import { activatePolicy, cancelPolicy, type Policy } from './policy';
import { FIRST_TRANSFER, type TransferState } from './transfers';
import { chargeRequested, premiumCharge, refundRequested } from './pix-requests';
import type { PremiumAutoDebit } from './premium-auto-debit';

/** A quote and the customer who asked for it. Quotes never change: EXPIRED is read off validUntil. */
export interface QuoteRecord {
  readonly quote: AutoQuote;
  readonly ownerId: string;
}

/** The customer a policy belongs to, as signed in when it was issued: the payer of its premium and the receiver of its refunds and payouts. */
export interface Policyholder {
  readonly customerId: string;
  readonly name: string;
  /** CPF or CNPJ, bare. */
  readonly document: string;
}

/** A Pix charge requested for a premium installment. */
export interface PremiumCharge {
  readonly txid: string;
  /** 1 for the first installment. */
  readonly installment: number;
  readonly amount: Money;
  readonly requestedAt: Date;
  /** When Pix told us it created the charge; absent until then (a paid charge was created, whether or not this was recorded). */
  readonly createdAt?: Date;
  /** When Pix told us it was paid; absent while unpaid (and on the first installment's charges recorded before this was kept). */
  readonly paidAt?: Date;
}

/** A premium payment that arrived after its policy was cancelled unpaid, sent back by a Pix transfer. */
export interface ReturnedPayment {
  readonly txid: string;
  readonly amount: Money;
  readonly returnedAt: Date;
  readonly transfer: TransferState;
}

export interface PolicyRecord {
  readonly policy: Policy;
  readonly holder: Policyholder;
  readonly premiumCharges: readonly PremiumCharge[];
  readonly returnedPayments: readonly ReturnedPayment[];
  /** Installments debited from the holder's checking account on their due dates, when the holder turned it on (setPolicyAutoDebit). */
  readonly autoDebit: PremiumAutoDebit;
}

export interface ClaimRecord {
  readonly claim: Claim;
  /** The policyholder's customer id. */
  readonly ownerId: string;
}

/** How many installments have been charged: charges are requested in order, so the last one's number. */
export const chargedInstallments = ({ premiumCharges }: Pick<PolicyRecord, 'premiumCharges'>): number =>
  Math.max(0, ...premiumCharges.map(({ installment }) => installment));

/** The installment still to charge next (what the premium-due index holds); null when none remains. */
export const installmentToChargeNext = (record: PolicyRecord): InstallmentDue | null => nextInstallment(record.policy, chargedInstallments(record));

/** The due date of the earliest installment not paid yet, while the policy is ACTIVE within its term; null when none is. */
export function nextInstallmentDue({ policy, premiumCharges }: PolicyRecord, now: Date): CalendarDate | null {
  if (policy.status !== 'ACTIVE' || now >= policy.term.endsAt) return null;
  const unpaid = premiumCharges.find(({ installment, paidAt }) => installment > 1 && paidAt === undefined);
  const installment = unpaid?.installment ?? chargedInstallments({ premiumCharges }) + 1;
  return installment > policy.installments.count ? null : installmentDueOn(policy.activatedAt, installment);
}

/** Asks Pix for the charge of the installment falling due within `leadDays`; null when none is due. */
export function chargeNextInstallment(record: PolicyRecord, at: { now: Date; leadDays: number }): Transition<PolicyRecord> | null {
  const due = installmentToCharge(record.policy, chargedInstallments(record), at);
  if (due === null) return null;
  const charge = premiumCharge(record.policy.id, due.installment, due.amount, at.now);
  return { state: { ...record, premiumCharges: [...record.premiumCharges, charge] }, events: [chargeRequested(record, charge)] };
}

/** Whether Pix has the charge, so that it can be read (and paid) through Pix. */
export const isCreatedByPix = (charge: PremiumCharge): boolean => charge.createdAt !== undefined || charge.paidAt !== undefined;

/** Pix says it created a premium charge; null when it is not this policy's or already recorded. */
export function recordPremiumChargeCreated(record: PolicyRecord, txid: string, at: Date): Transition<PolicyRecord> | null {
  const charge = record.premiumCharges.find((candidate) => candidate.txid === txid);
  if (charge === undefined || isCreatedByPix(charge)) return null;
  const premiumCharges = record.premiumCharges.map((candidate) => (candidate === charge ? { ...candidate, createdAt: at } : candidate));
  return { state: { ...record, premiumCharges }, events: [] };
}

export interface PremiumPayment {
  readonly policyId: string;
  readonly txid: string;
  readonly amount: Money;
  readonly paidAt: Date;
}

/**
 * Pix says a premium charge was paid: the first installment activates a PENDING_PAYMENT policy from
 * the payment's time, a later one adds to what an ACTIVE policy has been paid. A payment for a
 * policy cancelled in the meantime while its charge was still open (cancelled unpaid, or cancelled
 * before paying a later installment) goes back to the customer, once. Null when nothing changes.
 */
export function receivePremiumPayment(record: PolicyRecord, payment: PremiumPayment, now: Date): Transition<PolicyRecord> | null {
  const charge = record.premiumCharges.find(({ txid }) => txid === payment.txid);
  if (charge === undefined) throw new Error(`policy ${payment.policyId} requested no premium charge ${payment.txid}`);
  const { policy } = record;
  const premiumCharges = record.premiumCharges.map((candidate) => (candidate === charge ? { ...candidate, paidAt: payment.paidAt } : candidate));
  if (policy.status === 'PENDING_PAYMENT') {
    const { state, events } = activatePolicy(policy, { amountPaid: payment.amount, paidAt: payment.paidAt });
    return { state: { ...record, policy: state, premiumCharges }, events };
  }
  const laterInstallmentUnpaid = charge.installment > 1 && charge.paidAt === undefined;
  if (policy.status === 'ACTIVE') {
    if (!laterInstallmentUnpaid) return null;
    const paid = payInstallment(policy, { installment: charge.installment, amountPaid: payment.amount });
    return { state: { ...record, policy: paid, premiumCharges }, events: [] };
  }
  const owedBack = policy.status === 'CANCELLED_UNPAID' || laterInstallmentUnpaid;
  if (!owedBack || record.returnedPayments.some(({ txid }) => txid === payment.txid)) return null;
  const returned = refundRequested(
    record,
    { kind: 'premium-return', txid: payment.txid },
    { amount: payment.amount, attempt: FIRST_TRANSFER.attempt, at: now },
  );
  const returnedPayment = { txid: payment.txid, amount: payment.amount, returnedAt: now, transfer: FIRST_TRANSFER };
  return { state: { ...record, returnedPayments: [...record.returnedPayments, returnedPayment] }, events: [returned] };
}

const UNPAID_REASON = 'The first premium charge expired unpaid';

/** Pix says a premium charge expired unpaid: a policy still waiting for it is CANCELLED_UNPAID; null otherwise. */
export function expireUnpaidPremium(record: PolicyRecord, now: Date): Transition<PolicyRecord, DomainEvent> | null {
  if (record.policy.status !== 'PENDING_PAYMENT') return null;
  const { state, events } = cancelPolicy(record.policy, { at: now, reason: UNPAID_REASON });
  return { state: { ...record, policy: state }, events };
}
