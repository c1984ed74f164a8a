import { type Transition, badInput, conflict, parseAmountFor, parseText, unprocessable, Money } from '@bank/kernel';
import { CLAIM_TYPES, COVERAGES_BY_CLAIM_TYPE, type ClaimType, type Coverage } from './coverage';
import type { ClaimApproved, ClaimDenied, ClaimFiled, ClaimPaid, ClaimPayoutFailed, ClaimPayoutRetried } from './events';
import { parseEnum } from './parse';
import { failTransfer, FIRST_TRANSFER, retryTransfer, type TransferFailure, type TransferState } from './transfers';
import type { Policy } from './policy';

interface ClaimFacts {
  readonly id: string;
  readonly policyId: string;
  readonly type: ClaimType;
  /** The policy's coverage that pays this claim. */
  readonly coverage: Coverage;
  /** That coverage's deductible at filing (zero where it has none). */
  readonly deductible: Money;
  readonly occurredAt: Date;
  /** What happened, in the insured's words. */
  readonly description: string;
  readonly estimatedAmount: Money;
  readonly filedAt: Date;
}

export interface OpenClaim extends ClaimFacts {
  readonly status: 'OPEN';
}

interface Settlement {
  readonly approvedAmount: Money;
  /** approvedAmount − deductible, always positive. */
  readonly payout: Money;
  readonly approvedAt: Date;
}

export interface ApprovedClaim extends ClaimFacts, Settlement {
  readonly status: 'APPROVED';
  /** The Pix transfer of the payout, asked for at approval. */
  readonly payoutTransfer: TransferState;
}

export interface PaidClaim extends ClaimFacts, Settlement {
  readonly status: 'PAID';
  readonly paidAt: Date;
}

/**
 * REJECTED: the adjuster turned the claim down. WITHIN_DEDUCTIBLE: the loss was approved but does
 * not exceed the deductible, so there is nothing to pay and the claim closes here.
 */
export type Denial = { readonly reason: 'REJECTED'; readonly note: string } | { readonly reason: 'WITHIN_DEDUCTIBLE'; readonly approvedAmount: Money };

export interface DeniedClaim extends ClaimFacts {
  readonly status: 'DENIED';
  readonly denial: Denial;
  readonly deniedAt: Date;
}

export type Claim = OpenClaim | ApprovedClaim | DeniedClaim | PaidClaim;
export type ClaimStatus = Claim['status'];

export interface FileClaimInput {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: Date;
  readonly description: string;
  readonly estimatedAmount: string;
}

/** Opens a claim on an ACTIVE policy that covers its type, for something that happened during the term. */
export function fileClaim(policy: Policy, input: FileClaimInput, now: Date): Transition<OpenClaim, ClaimFiled> {
  const type = parseEnum(CLAIM_TYPES, input.type, 'type');
  const estimatedAmount = parseAmountFor('CLAIM_AMOUNT', input.estimatedAmount, 'estimatedAmount');
  const description = parseText(input.description, 'prose', 'description');
  const { occurredAt } = input;
  if (occurredAt > now) throw badInput('occurredAt cannot be in the future', 'occurredAt');
  if (policy.status !== 'ACTIVE') throw conflict(`policy ${policy.id} is ${policy.status}; claims are filed on ACTIVE policies`);
  const covering = COVERAGES_BY_CLAIM_TYPE[type]
    .map((coverage) => policy.coverages.find((quoted) => quoted.coverage === coverage))
    .find((quoted) => quoted !== undefined);
  if (covering === undefined) {
    throw unprocessable(`policy ${policy.id} has no coverage for ${type} claims (${COVERAGES_BY_CLAIM_TYPE[type].join(' or ')})`);
  }
  const { startsAt, endsAt } = policy.term;
  if (occurredAt < startsAt || occurredAt >= endsAt) {
    throw unprocessable(`policy ${policy.id} covers ${startsAt.toISOString()} to ${endsAt.toISOString()}; the loss happened outside that term`);
  }
  const claim: OpenClaim = {
    status: 'OPEN',
    id: input.id,
    policyId: policy.id,
    type,
    coverage: covering.coverage,
    deductible: covering.deductible ?? Money.ZERO,
    occurredAt,
    description,
    estimatedAmount,
    filedAt: now,
  };
  return {
    state: claim,
    events: [
      {
        type: 'insurance.claim.filed',
        subject: claim.id,
        occurredAt: now,
        data: {
          claimId: claim.id,
          policyId: claim.policyId,
          type,
          coverage: claim.coverage,
          occurredAt: occurredAt.toISOString(),
          estimatedAmount: estimatedAmount.toString(),
        },
      },
    ],
  };
}

/**
 * Settles the assessed loss: payout = approvedAmount − deductible. When that is not positive the
 * claim is DENIED as WITHIN_DEDUCTIBLE (insurance.claim.denied), since no payment will follow.
 */
export function approveClaim(claim: Claim, input: { approvedAmount: string; at: Date }): Transition<ApprovedClaim | DeniedClaim, ClaimApproved | ClaimDenied> {
  const open = requireOpen(claim, 'approved');
  const approvedAmount = parseAmountFor('CLAIM_AMOUNT', input.approvedAmount, 'approvedAmount');
  const payout = approvedAmount.subtract(open.deductible);
  if (!payout.isPositive()) return deny(open, { reason: 'WITHIN_DEDUCTIBLE', approvedAmount }, input.at);
  const approved: ApprovedClaim = { ...open, status: 'APPROVED', approvedAmount, payout, approvedAt: input.at, payoutTransfer: FIRST_TRANSFER };
  return {
    state: approved,
    events: [
      {
        type: 'insurance.claim.approved',
        subject: claim.id,
        occurredAt: input.at,
        data: {
          claimId: claim.id,
          policyId: claim.policyId,
          approvedAmount: approvedAmount.toString(),
          deductible: open.deductible.toString(),
          payout: payout.toString(),
        },
      },
    ],
  };
}

export function denyClaim(claim: Claim, input: { note: string; at: Date }): Transition<DeniedClaim, ClaimDenied> {
  const open = requireOpen(claim, 'denied');
  return deny(open, { reason: 'REJECTED', note: parseText(input.note, 'prose', 'note') }, input.at);
}

/** The payout reached the insured. */
export function markClaimPaid(claim: Claim, { at }: { at: Date }): Transition<PaidClaim, ClaimPaid> {
  if (claim.status !== 'APPROVED') throw conflict(`claim ${claim.id} is ${claim.status}; only an APPROVED claim can be paid`);
  const { payoutTransfer: _settled, ...approved } = claim;
  return {
    state: { ...approved, status: 'PAID', paidAt: at },
    events: [
      {
        type: 'insurance.claim.paid',
        subject: claim.id,
        occurredAt: at,
        data: { claimId: claim.id, policyId: claim.policyId, payout: claim.payout.toString() },
      },
    ],
  };
}

/** Pix could not pay the current payout attempt: the claim stays APPROVED, showing why, until staff retry. */
export function recordPayoutFailure(claim: Claim, failure: TransferFailure): Transition<ApprovedClaim, ClaimPayoutFailed> {
  const approved = requireApproved(claim, 'record a payout failure');
  const payoutTransfer = failTransfer(approved.payoutTransfer, failure, `the payout of claim ${claim.id}`);
  return {
    state: { ...approved, payoutTransfer },
    events: [
      {
        type: 'insurance.claim.payout-failed',
        subject: claim.id,
        occurredAt: failure.failedAt,
        data: {
          claimId: claim.id,
          policyId: claim.policyId,
          payout: approved.payout.toString(),
          attempt: failure.attempt,
          reason: payoutTransfer.failure?.reason ?? failure.reason,
        },
      },
    ],
  };
}

/** Asks for the payout again, as the next attempt, once the last one failed. */
export function retryPayout(claim: Claim, { at }: { at: Date }): Transition<ApprovedClaim, ClaimPayoutRetried> {
  const approved = requireApproved(claim, 'retry its payout');
  const payoutTransfer = retryTransfer(approved.payoutTransfer, `the payout of claim ${claim.id}`);
  return {
    state: { ...approved, payoutTransfer },
    events: [
      {
        type: 'insurance.claim.payout-retried',
        subject: claim.id,
        occurredAt: at,
        data: { claimId: claim.id, policyId: claim.policyId, payout: approved.payout.toString(), attempt: payoutTransfer.attempt },
      },
    ],
  };
}

function requireApproved(claim: Claim, action: string): ApprovedClaim {
  if (claim.status !== 'APPROVED') throw conflict(`claim ${claim.id} is ${claim.status}; only an APPROVED claim can ${action}`);
  return claim;
}

function requireOpen(claim: Claim, outcome: string): OpenClaim {
  if (claim.status !== 'OPEN') throw conflict(`claim ${claim.id} is ${claim.status}; only an OPEN claim can be ${outcome}`);
  return claim;
}

/** Why the claim was denied, in words: the adjuster's note, or the deductible it did not exceed. */
export const denialNote = ({ denial, deductible }: Pick<DeniedClaim, 'denial' | 'deductible'>): string =>
  denial.reason === 'REJECTED'
    ? denial.note
    : `the approved amount ${denial.approvedAmount.toString()} does not exceed the deductible ${deductible.toString()}`;

function deny(claim: OpenClaim, denial: Denial, at: Date): Transition<DeniedClaim, ClaimDenied> {
  const note = denialNote({ denial, deductible: claim.deductible });
  return {
    state: { ...claim, status: 'DENIED', denial, deniedAt: at },
    events: [
      {
        type: 'insurance.claim.denied',
        subject: claim.id,
        occurredAt: at,
        data: { claimId: claim.id, policyId: claim.policyId, reason: denial.reason, note },
      },
    ],
  };
}
