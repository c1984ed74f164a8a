import type { DomainEvent } from '@bank/kernel';
import type { ClaimType, Coverage } from './coverage';

// Event data is plain JSON: amounts as decimal strings, instants as ISO-8601 strings. No CPF (LGPD).

export type QuoteCreated = DomainEvent<
  'insurance.quote.created',
  { quoteId: string; coverages: Coverage[]; netPremium: string; iof: string; totalPremium: string; validUntil: string }
>;

export type PolicyIssued = DomainEvent<
  'insurance.policy.issued',
  { policyId: string; quoteId: string; totalPremium: string; installments: number; firstInstallment: string }
>;

export type PolicyActivated = DomainEvent<'insurance.policy.activated', { policyId: string; amountPaid: string; startsAt: string; endsAt: string }>;

export type PolicyCancelled = DomainEvent<'insurance.policy.cancelled', { policyId: string; status: 'CANCELLED' | 'CANCELLED_UNPAID'; refund: string }>;

export type ClaimFiled = DomainEvent<
  'insurance.claim.filed',
  { claimId: string; policyId: string; type: ClaimType; coverage: Coverage; occurredAt: string; estimatedAmount: string }
>;

export type ClaimApproved = DomainEvent<
  'insurance.claim.approved',
  { claimId: string; policyId: string; approvedAmount: string; deductible: string; payout: string }
>;

export type ClaimDenied = DomainEvent<'insurance.claim.denied', { claimId: string; policyId: string; reason: 'REJECTED' | 'WITHIN_DEDUCTIBLE'; note: string }>;

export type ClaimPaid = DomainEvent<'insurance.claim.paid', { claimId: string; policyId: string; payout: string }>;

export type ClaimPayoutFailed = DomainEvent<
  'insurance.claim.payout-failed',
  { claimId: string; policyId: string; payout: string; attempt: number; reason: string }
>;

export type ClaimPayoutRetried = DomainEvent<'insurance.claim.payout-retried', { claimId: string; policyId: string; payout: string; attempt: number }>;

/** A refund or a returned premium Pix could not send; `txid` names the returned premium's charge (null for the cancellation refund). */
export type PolicyRefundFailed = DomainEvent<
  'insurance.policy.refund-failed',
  { policyId: string; kind: 'refund' | 'premium-return'; txid: string | null; amount: string; attempt: number; reason: string }
>;

export type PolicyRefundRetried = DomainEvent<
  'insurance.policy.refund-retried',
  { policyId: string; kind: 'refund' | 'premium-return'; txid: string | null; amount: string; attempt: number }
>;

export type InsuranceEvent =
  | QuoteCreated
  | PolicyIssued
  | PolicyActivated
  | PolicyCancelled
  | ClaimFiled
  | ClaimApproved
  | ClaimDenied
  | ClaimPaid
  | ClaimPayoutFailed
  | ClaimPayoutRetried
  | PolicyRefundFailed
  | PolicyRefundRetried;
