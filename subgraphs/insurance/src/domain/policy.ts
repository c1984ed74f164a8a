import { type Transition, badInput, conflict, parseText, unprocessable, Money } from '@bank/kernel';
import { calendarDateInBrasilia, daysBetween, oneYearLater } from './calendar';
import type { PolicyActivated, PolicyCancelled, PolicyIssued } from './events';
import { MAX_INSTALLMENTS, splitInstallments, type InstallmentOption } from './installments';
import { quoteStatus, type AutoQuote } from './quote';
import type { Driver, Vehicle } from './quote-request';
import type { QuotedCoverage } from './rating';
import { FIRST_TRANSFER, type TransferState } from './transfers';

/** Coverage runs from startsAt (inclusive) to endsAt (exclusive): one year from activation. */
export interface PolicyTerm {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

interface PolicyTerms {
  readonly id: string;
  readonly quoteId: string;
  readonly insured: Driver;
  readonly vehicle: Vehicle;
  readonly coverages: readonly QuotedCoverage[];
  readonly netPremium: Money;
  readonly iof: Money;
  readonly totalPremium: Money;
  /** How the total premium is paid; the first installment's payment activates the policy. */
  readonly installments: InstallmentOption;
  readonly issuedAt: Date;
}

/** Issued from a quote; becomes ACTIVE when its first installment is paid. */
export interface PendingPaymentPolicy extends PolicyTerms {
  readonly status: 'PENDING_PAYMENT';
}

export interface ActivePolicy extends PolicyTerms {
  readonly status: 'ACTIVE';
  readonly activatedAt: Date;
  readonly term: PolicyTerm;
  /** What the insured has paid of the total premium (IOF included). */
  readonly premiumPaid: Money;
}

/** Cancelled during its term; `refund` is the unused part of the net premium paid. */
export interface CancelledPolicy extends PolicyTerms {
  readonly status: 'CANCELLED';
  readonly activatedAt: Date;
  readonly term: PolicyTerm;
  readonly premiumPaid: Money;
  readonly cancelledAt: Date;
  readonly reason: string;
  readonly refund: Money;
  /** The Pix transfer of a positive refund, asked for at cancellation. */
  readonly refundTransfer: TransferState;
}

/** Cancelled before it was ever paid: nothing to refund. */
export interface CancelledUnpaidPolicy extends PolicyTerms {
  readonly status: 'CANCELLED_UNPAID';
  readonly cancelledAt: Date;
  readonly reason: string;
}

export type Policy = PendingPaymentPolicy | ActivePolicy | CancelledPolicy | CancelledUnpaidPolicy;
export type PolicyStatus = Policy['status'];
/** What a client sees: an active policy past its term is EXPIRED. */
export type PolicyStatusView = PolicyStatus | 'EXPIRED';

export const policyStatusAt = (policy: Policy, at: Date): PolicyStatusView =>
  policy.status === 'ACTIVE' && at >= policy.term.endsAt ? 'EXPIRED' : policy.status;

export interface IssueContext {
  readonly id: string;
  readonly now: Date;
  /** How many installments the total premium is paid in, 1 to MAX_INSTALLMENTS. */
  readonly installments: number;
}

export function issuePolicy(quote: AutoQuote, { id, now, installments }: IssueContext): Transition<PendingPaymentPolicy, PolicyIssued> {
  const plan = parseInstallments(quote, installments);
  if (quoteStatus(quote, now) === 'EXPIRED') {
    throw conflict(`quote ${quote.id} expired at ${quote.validUntil.toISOString()}; ask for a new quote`);
  }
  const policy: PendingPaymentPolicy = {
    status: 'PENDING_PAYMENT',
    id,
    quoteId: quote.id,
    insured: quote.driver,
    vehicle: quote.vehicle,
    coverages: quote.coverages,
    netPremium: quote.netPremium,
    iof: quote.iof,
    totalPremium: quote.totalPremium,
    installments: plan,
    issuedAt: now,
  };
  return {
    state: policy,
    events: [
      {
        type: 'insurance.policy.issued',
        subject: id,
        occurredAt: now,
        data: {
          policyId: id,
          quoteId: quote.id,
          totalPremium: quote.totalPremium.toString(),
          installments: plan.count,
          firstInstallment: plan.firstAmount.toString(),
        },
      },
    ],
  };
}

function parseInstallments(quote: AutoQuote, count: number): InstallmentOption {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALLMENTS) {
    throw badInput(`installments must be a whole number from 1 to ${MAX_INSTALLMENTS}; got ${count}`, 'installments');
  }
  return quote.installmentOptions.find((option) => option.count === count) ?? splitInstallments(quote.totalPremium, count);
}

/**
 * The payment of the first installment starts the one-year term: coverage begins once the insured
 * has paid for it, as with a single payment. The later installments fall due monthly within the
 * term; what has been paid so far (`premiumPaid`) is what a cancellation refunds from.
 */
export function activatePolicy(policy: Policy, { amountPaid, paidAt }: { amountPaid: Money; paidAt: Date }): Transition<ActivePolicy, PolicyActivated> {
  if (policy.status !== 'PENDING_PAYMENT') throw conflict(`policy ${policy.id} is ${policy.status}; only a PENDING_PAYMENT policy can be activated`);
  const due = policy.installments.firstAmount;
  if (!amountPaid.equals(due)) {
    throw unprocessable(`the first installment of policy ${policy.id} is ${due.toString()}; a payment of ${amountPaid.toString()} cannot activate it`);
  }
  const term: PolicyTerm = { startsAt: paidAt, endsAt: oneYearLater(paidAt) };
  return {
    state: { ...policy, status: 'ACTIVE', activatedAt: paidAt, term, premiumPaid: amountPaid },
    events: [
      {
        type: 'insurance.policy.activated',
        subject: policy.id,
        occurredAt: paidAt,
        data: {
          policyId: policy.id,
          amountPaid: amountPaid.toString(),
          startsAt: term.startsAt.toISOString(),
          endsAt: term.endsAt.toISOString(),
        },
      },
    ],
  };
}

/** An unpaid policy becomes CANCELLED_UNPAID; an active one, during its term, CANCELLED with a pro rata refund. */
export function cancelPolicy(
  policy: Policy,
  { at, reason }: { at: Date; reason: string },
): Transition<CancelledPolicy | CancelledUnpaidPolicy, PolicyCancelled> {
  const cancelled = cancelledState(policy, at, parseText(reason, 'reason', 'reason'));
  const refund = cancelled.status === 'CANCELLED' ? cancelled.refund : Money.ZERO;
  return {
    state: cancelled,
    events: [
      {
        type: 'insurance.policy.cancelled',
        subject: policy.id,
        occurredAt: at,
        data: { policyId: policy.id, status: cancelled.status, refund: refund.toString() },
      },
    ],
  };
}

function cancelledState(policy: Policy, at: Date, reason: string): CancelledPolicy | CancelledUnpaidPolicy {
  switch (policy.status) {
    case 'PENDING_PAYMENT':
      return { ...policy, status: 'CANCELLED_UNPAID', cancelledAt: at, reason };
    case 'ACTIVE':
      if (at >= policy.term.endsAt) throw conflict(`policy ${policy.id} ended at ${policy.term.endsAt.toISOString()}; there is nothing left to cancel`);
      return { ...policy, status: 'CANCELLED', cancelledAt: at, reason, refund: cancellationRefund(policy, at), refundTransfer: FIRST_TRANSFER };
    case 'CANCELLED':
    case 'CANCELLED_UNPAID':
      throw conflict(`policy ${policy.id} is already ${policy.status}`);
  }
}

/**
 * The unused part of the net premium paid, pro rata temporis: the unused share of the net premium,
 * net × days remaining / days in the term, less the net premium not paid yet,
 * net × (total − paid) / total (each installment carries net and IOF in the same proportion), and
 * never below zero. Paid in full, that is net × days remaining / days in the term. Days are Brasília
 * calendar days (the day of cancellation is refunded); one rounding, NBR 5891. The IOF is not refunded.
 */
export function cancellationRefund(policy: ActivePolicy, at: Date): Money {
  const endDate = calendarDateInBrasilia(policy.term.endsAt);
  const daysInTerm = daysBetween(calendarDateInBrasilia(policy.term.startsAt), endDate);
  const daysRemaining = Math.min(daysInTerm, Math.max(0, daysBetween(calendarDateInBrasilia(at), endDate)));
  const net = policy.netPremium.toDecimal();
  const unused = net.times(daysRemaining).dividedBy(daysInTerm);
  const unpaid = net.times(policy.totalPremium.subtract(policy.premiumPaid).toDecimal()).dividedBy(policy.totalPremium.toDecimal());
  return Money.max(Money.ZERO, Money.fromDecimal(unused.minus(unpaid)));
}
