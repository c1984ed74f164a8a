import { Money } from '@bank/kernel';
import type { ClaimRecord, Page, PolicyRecord, QuoteRecord } from '../application/ports';
import type { ApprovedClaim, Claim, Policy, PolicyTerm } from '../domain';

/** A Customer as another subgraph refers to it. */
export interface CustomerRef {
  readonly id: string;
}

/** A charge of the Pix subgraph, by the txid we chose when we requested it. */
export interface PixChargeRef {
  readonly txid: string;
}

export type QuotePage = Page<QuoteRecord>;
export type PolicyPage = Page<PolicyRecord>;
export type ClaimPage = Page<ClaimRecord>;

/** Fields that only some states carry, read off any state (null where the state has none). */
export const termOf = (policy: Policy): PolicyTerm | null => ('term' in policy ? policy.term : null);
export const premiumPaidOf = (policy: Policy): Money => ('premiumPaid' in policy ? policy.premiumPaid : Money.ZERO);
export const cancellationOf = (policy: Policy): { at: Date; reason: string } | null =>
  'cancelledAt' in policy ? { at: policy.cancelledAt, reason: policy.reason } : null;

export const settlementOf = (claim: Claim): Pick<ApprovedClaim, 'approvedAmount' | 'payout' | 'approvedAt'> | null =>
  claim.status === 'APPROVED' || claim.status === 'PAID' ? claim : null;

export const approvedAmountOf = (claim: Claim): Money | null =>
  claim.status === 'DENIED'
    ? claim.denial.reason === 'WITHIN_DEDUCTIBLE'
      ? claim.denial.approvedAmount
      : null
    : (settlementOf(claim)?.approvedAmount ?? null);

export const reviewedAtOf = (claim: Claim): Date | null => (claim.status === 'DENIED' ? claim.deniedAt : (settlementOf(claim)?.approvedAt ?? null));
