import { z } from 'zod';
import type { ClaimRecord } from '../../application/ports';
import { CLAIM_TYPES, COVERAGES, type Claim, type Denial } from '../../domain';
import { amount, fromAmount, fromInstant, fromTransfer, instant, toInstant, toTransfer, transferDocument } from './fields';

const factsFields = {
  id: z.string(),
  policyId: z.string(),
  type: z.enum(CLAIM_TYPES),
  coverage: z.enum(COVERAGES),
  deductible: amount,
  occurredAt: instant,
  description: z.string(),
  estimatedAmount: amount,
  filedAt: instant,
};

const settlementFields = { approvedAmount: amount, payout: amount, approvedAt: instant };

const denialDocument = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('REJECTED'), note: z.string() }),
  z.object({ reason: z.literal('WITHIN_DEDUCTIBLE'), approvedAmount: amount }),
]);

const claimDocument = z.discriminatedUnion('status', [
  z.object({ ...factsFields, status: z.literal('OPEN') }),
  z.object({ ...factsFields, ...settlementFields, status: z.literal('APPROVED'), payoutTransfer: transferDocument }),
  z.object({ ...factsFields, ...settlementFields, status: z.literal('PAID'), paidAt: instant }),
  z.object({ ...factsFields, status: z.literal('DENIED'), denial: denialDocument, deniedAt: instant }),
]);

/** A claim with its owner, as plain JSON. */
export const claimRecordDocument = z.object({ claim: claimDocument, ownerId: z.string() });

export type ClaimRecordDocument = z.infer<typeof claimRecordDocument>;
type ClaimDocument = z.infer<typeof claimDocument>;
type DenialDocument = z.infer<typeof denialDocument>;

const toDenial = (denial: Denial): DenialDocument =>
  denial.reason === 'REJECTED' ? denial : { reason: denial.reason, approvedAmount: denial.approvedAmount.toString() };
const fromDenial = (denial: DenialDocument): Denial =>
  denial.reason === 'REJECTED' ? denial : { reason: denial.reason, approvedAmount: fromAmount(denial.approvedAmount) };

function claimToDocument(claim: Claim): ClaimDocument {
  const facts = {
    id: claim.id,
    policyId: claim.policyId,
    type: claim.type,
    coverage: claim.coverage,
    deductible: claim.deductible.toString(),
    occurredAt: toInstant(claim.occurredAt),
    description: claim.description,
    estimatedAmount: claim.estimatedAmount.toString(),
    filedAt: toInstant(claim.filedAt),
  };
  switch (claim.status) {
    case 'OPEN':
      return { ...facts, status: claim.status };
    case 'DENIED':
      return { ...facts, status: claim.status, denial: toDenial(claim.denial), deniedAt: toInstant(claim.deniedAt) };
    case 'APPROVED':
    case 'PAID': {
      const settlement = { approvedAmount: claim.approvedAmount.toString(), payout: claim.payout.toString(), approvedAt: toInstant(claim.approvedAt) };
      return claim.status === 'APPROVED'
        ? { ...facts, ...settlement, status: claim.status, payoutTransfer: toTransfer(claim.payoutTransfer) }
        : { ...facts, ...settlement, status: claim.status, paidAt: toInstant(claim.paidAt) };
    }
  }
}

function claimFromDocument(document: ClaimDocument): Claim {
  const facts = {
    id: document.id,
    policyId: document.policyId,
    type: document.type,
    coverage: document.coverage,
    deductible: fromAmount(document.deductible),
    occurredAt: fromInstant(document.occurredAt),
    description: document.description,
    estimatedAmount: fromAmount(document.estimatedAmount),
    filedAt: fromInstant(document.filedAt),
  };
  switch (document.status) {
    case 'OPEN':
      return { ...facts, status: document.status };
    case 'DENIED':
      return { ...facts, status: document.status, denial: fromDenial(document.denial), deniedAt: fromInstant(document.deniedAt) };
    case 'APPROVED':
    case 'PAID': {
      const settlement = {
        approvedAmount: fromAmount(document.approvedAmount),
        payout: fromAmount(document.payout),
        approvedAt: fromInstant(document.approvedAt),
      };
      return document.status === 'APPROVED'
        ? { ...facts, ...settlement, status: document.status, payoutTransfer: fromTransfer(document.payoutTransfer) }
        : { ...facts, ...settlement, status: document.status, paidAt: fromInstant(document.paidAt) };
    }
  }
}

export const claimToRecordDocument = ({ claim, ownerId }: ClaimRecord): ClaimRecordDocument => ({ claim: claimToDocument(claim), ownerId });

export function claimFromRecordDocument(input: unknown): ClaimRecord {
  const { claim, ownerId } = claimRecordDocument.parse(input);
  return { claim: claimFromDocument(claim), ownerId };
}
