import type { Transition } from '@bank/domain';
import { conflict, unprocessable } from '@bank/errors';
import { Money } from '@bank/money';
import { calendarDateInBrasilia, daysBetween, oneYearLater } from './calendar';
import type { PolicyActivated, PolicyCancelled, PolicyIssued } from './events';
import { quoteStatus, type AutoQuote } from './quote';
import type { Driver, Vehicle } from './quote-request';
import type { QuotedCoverage } from './rating';

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
  readonly issuedAt: Date;
}

/** Issued from a quote; becomes ACTIVE when its total premium is paid. */
export interface PendingPaymentPolicy extends PolicyTerms {
  readonly status: 'PENDING_PAYMENT';
}

export interface ActivePolicy extends PolicyTerms {
  readonly status: 'ACTIVE';
  readonly activatedAt: Date;
  readonly term: PolicyTerm;
}

/** Cancelled during its term; `refund` is the unused part of the net premium. */
export interface CancelledPolicy extends PolicyTerms {
  readonly status: 'CANCELLED';
  readonly activatedAt: Date;
  readonly term: PolicyTerm;
  readonly cancelledAt: Date;
  readonly refund: Money;
}

/** Cancelled before it was ever paid: nothing to refund. */
export interface CancelledUnpaidPolicy extends PolicyTerms {
  readonly status: 'CANCELLED_UNPAID';
  readonly cancelledAt: Date;
}

export type Policy = PendingPaymentPolicy | ActivePolicy | CancelledPolicy | CancelledUnpaidPolicy;
export type PolicyStatus = Policy['status'];

export function issuePolicy(quote: AutoQuote, { id, now }: { id: string; now: Date }): Transition<PendingPaymentPolicy, PolicyIssued> {
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
    issuedAt: now,
  };
  return {
    state: policy,
    events: [
      {
        type: 'insurance.policy.issued',
        subject: id,
        occurredAt: now,
        data: { policyId: id, quoteId: quote.id, totalPremium: quote.totalPremium.toString() },
      },
    ],
  };
}

/** The payment of the total premium starts a one-year term. */
export function activatePolicy(
  policy: Policy,
  { amountPaid, paidAt }: { amountPaid: Money; paidAt: Date },
): Transition<ActivePolicy, PolicyActivated> {
  if (policy.status !== 'PENDING_PAYMENT') throw conflict(`policy ${policy.id} is ${policy.status}; only a PENDING_PAYMENT policy can be activated`);
  if (!amountPaid.equals(policy.totalPremium)) {
    throw unprocessable(`policy ${policy.id} costs ${policy.totalPremium.toString()}; a payment of ${amountPaid.toString()} cannot activate it`);
  }
  const term: PolicyTerm = { startsAt: paidAt, endsAt: oneYearLater(paidAt) };
  return {
    state: { ...policy, status: 'ACTIVE', activatedAt: paidAt, term },
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
  { at }: { at: Date },
): Transition<CancelledPolicy | CancelledUnpaidPolicy, PolicyCancelled> {
  const cancelled = cancelledState(policy, at);
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

function cancelledState(policy: Policy, at: Date): CancelledPolicy | CancelledUnpaidPolicy {
  switch (policy.status) {
    case 'PENDING_PAYMENT':
      return { ...policy, status: 'CANCELLED_UNPAID', cancelledAt: at };
    case 'ACTIVE':
      if (at >= policy.term.endsAt) throw conflict(`policy ${policy.id} ended at ${policy.term.endsAt.toISOString()}; there is nothing left to cancel`);
      return { ...policy, status: 'CANCELLED', cancelledAt: at, refund: cancellationRefund(policy, at) };
    case 'CANCELLED':
    case 'CANCELLED_UNPAID':
      throw conflict(`policy ${policy.id} is already ${policy.status}`);
  }
}

/**
 * The unused part of the net premium, pro rata temporis: net × days remaining / days in the term,
 * counting Brasília calendar days (the day of cancellation is refunded), rounded with NBR 5891.
 * The IOF is not refunded.
 */
export function cancellationRefund(policy: ActivePolicy, at: Date): Money {
  const endDate = calendarDateInBrasilia(policy.term.endsAt);
  const daysInTerm = daysBetween(calendarDateInBrasilia(policy.term.startsAt), endDate);
  const daysRemaining = Math.min(daysInTerm, Math.max(0, daysBetween(calendarDateInBrasilia(at), endDate)));
  return Money.fromDecimal(policy.netPremium.toDecimal().times(daysRemaining).dividedBy(daysInTerm));
}
