import { type DomainEvent, type Stored, type Transition, badInput, forbidden, notFound, Money, UNSAVED } from '@bank/kernel';
import { ownedBy, visibleAmong, visibleTo, isStaff, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { idempotentObject, withIdempotency } from '@bank/messaging';
import {
  approveClaim,
  denyClaim,
  fileClaim,
  markClaimPaid,
  recordPayoutFailure,
  retryPayout,
  transferRequested,
  type ApprovedClaim,
  type Claim,
  type TransferFailure,
} from '../domain';
import type { Insurance } from './context';
import type { ClaimRecord, Page, PageRequest, PolicyRecord } from './ports';
import { policyOwner } from './policies';

export interface FileClaimCommand {
  readonly type: string;
  readonly occurredAt: Date;
  readonly description: string;
  readonly estimatedAmount: string;
}

/** The policyholder reports a loss on their ACTIVE policy; a retry with the same idempotency key returns the same claim. */
export async function fileAutoClaim(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  policyId: string,
  command: FileClaimCommand,
  idempotencyKey: string,
): Promise<Stored<ClaimRecord>> {
  const request = { scope: `${principal.id}:fileAutoClaim`, key: idempotencyKey, input: { policyId, ...command } };
  const claimId = await withIdempotency(insurance.idempotency, request, async () => {
    const { policy } = ownedBy(principal, await insurance.policies.get(policyId), policyOwner, `auto policy ${policyId}`);
    const { state, events } = fileClaim(policy, { ...command, id: insurance.ids.claimId() }, insurance.clock.now());
    await insurance.claims.save({ claim: state, ownerId: principal.id }, UNSAVED, events);
    insurance.metrics.record(events);
    return state.id;
  });
  return visibleTo(principal, await insurance.claims.get(claimId), claimOwner, `auto claim ${claimId}`);
}

export type ReviewDecision = 'APPROVE' | 'DENY';

export interface ReviewClaimCommand {
  readonly decision: ReviewDecision;
  /** Required to APPROVE, refused with DENY. */
  readonly approvedAmount?: string | null;
  /** Why a claim is denied. */
  readonly note?: string | null;
}

const DEFAULT_DENIAL_NOTE = 'Denied on review';

/**
 * Staff decide an OPEN claim. Approval pays approved − deductible to the policyholder's Pix key,
 * asked for in the same write; an approval within the deductible closes the claim DENIED.
 */
export async function reviewAutoClaim(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  id: string,
  command: ReviewClaimCommand,
): Promise<Stored<ClaimRecord>> {
  requireStaff(principal, 'review claims');
  const decide = decisionOf(command);
  const record = await claimForStaff(insurance, principal, id);
  const policy = await insurance.policies.get(record.claim.policyId);
  const limit = policy?.policy.vehicle.fipeValue;
  if (command.approvedAmount != null && limit !== undefined && Money.parse(command.approvedAmount, 'approvedAmount').greaterThan(limit)) {
    throw badInput(`approvedAmount may not exceed the vehicle's FIPE value, ${limit.toString()}`, 'approvedAmount');
  }
  const at = insurance.clock.now();
  const { state, events } = decide(record.claim, at);
  const payout = state.status === 'APPROVED' ? [payoutRequested(record, state, at)] : [];
  return saveChange(insurance, record, state, [...events, ...payout]);
}

/** Staff ask Pix again for a payout whose last attempt failed (once the customer has a Pix key, say), as the next attempt. */
export function retryAutoClaimPayout(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  id: string,
  idempotencyKey: string,
): Promise<Stored<ClaimRecord>> {
  requireStaff(principal, 'retry payouts');
  return idempotentObject(
    insurance.idempotency,
    { scope: `${principal.id}:retryAutoClaimPayout`, key: idempotencyKey, input: { claimId: id } },
    async () => {
      const record = await claimForStaff(insurance, principal, id);
      const at = insurance.clock.now();
      const { state, events } = retryPayout(record.claim, { at });
      return saveChange(insurance, record, state, [...events, payoutRequested(record, state, at)]);
    },
    { idOf: () => id, load: (claimId) => claimForStaff(insurance, principal, claimId) },
  );
}

function requireStaff(principal: AuthenticatedPrincipal, action: string): void {
  if (!isStaff(principal)) throw forbidden(`Only staff ${action}`);
}

/** A claim staff may act on: any but one on their own policy. */
async function claimForStaff(insurance: Insurance, principal: AuthenticatedPrincipal, id: string): Promise<Stored<ClaimRecord>> {
  const record = await insurance.claims.get(id);
  if (record === null) throw notFound(`No auto claim ${id}`);
  if (record.ownerId === principal.id) throw forbidden('A claim on your own policy is handled by someone else');
  return record;
}

const payoutRequested = ({ ownerId }: ClaimRecord, claim: ApprovedClaim, at: Date) =>
  transferRequested(
    { kind: 'payout', claimId: claim.id, attempt: claim.payoutTransfer.attempt },
    { subject: claim.id, customerId: ownerId, amount: claim.payout, description: `Payout of auto claim ${claim.id}`, at },
  );

function decisionOf({ decision, approvedAmount, note }: ReviewClaimCommand): (claim: Claim, at: Date) => Transition<Claim, DomainEvent> {
  if (decision === 'APPROVE') {
    if (approvedAmount == null) throw badInput('approvedAmount is required to approve a claim', 'approvedAmount');
    return (claim, at) => approveClaim(claim, { approvedAmount, at });
  }
  if (approvedAmount != null) throw badInput('approvedAmount is only given to approve a claim', 'approvedAmount');
  return (claim, at) => denyClaim(claim, { note: note ?? DEFAULT_DENIAL_NOTE, at });
}

/** Pix settled a claim's payout: the claim is PAID (once). */
export async function recordPayoutSettlement(insurance: Insurance, claimId: string, settledAt: Date): Promise<void> {
  const record = await insurance.claims.get(claimId);
  if (record === null) throw new Error(`no auto claim ${claimId}`);
  if (record.claim.status !== 'APPROVED') return;
  const { state, events } = markClaimPaid(record.claim, { at: settledAt });
  await saveChange(insurance, record, state, events);
}

/**
 * Pix could not pay a claim's payout: the claim shows why until staff retry. A failure of an attempt
 * no longer pending (already recorded, or overtaken by a retry), or of a claim no longer APPROVED, changes nothing.
 */
export async function recordFailedPayout(insurance: Insurance, claimId: string, failure: TransferFailure): Promise<void> {
  const record = await insurance.claims.get(claimId);
  if (record === null) throw new Error(`no auto claim ${claimId}`);
  const { claim } = record;
  if (claim.status !== 'APPROVED' || claim.payoutTransfer.attempt !== failure.attempt || claim.payoutTransfer.failure !== null) return;
  const { state, events } = recordPayoutFailure(claim, failure);
  await saveChange(insurance, record, state, events);
}

export const claimOwner = (record: Stored<ClaimRecord>): string => record.ownerId;

export async function findVisibleClaim(insurance: Insurance, principal: Principal, id: string): Promise<Stored<ClaimRecord>> {
  return visibleTo(principal, await insurance.claims.get(id), claimOwner, `auto claim ${id}`);
}

/** The claims among `ids` the caller may see, in one round trip (entity references). */
export async function findVisibleClaims(insurance: Insurance, principal: Principal, ids: readonly string[]): Promise<ReadonlyMap<string, Stored<ClaimRecord>>> {
  return visibleAmong(principal, await insurance.claims.getMany(ids), claimOwner);
}

/** The claims of a policy the caller has already been allowed to see. */
export const listClaims = (insurance: Insurance, policy: PolicyRecord, page: PageRequest): Promise<Page<Stored<ClaimRecord>>> =>
  insurance.claims.listByPolicy(policy.policy.id, page);

async function saveChange(insurance: Insurance, record: Stored<ClaimRecord>, claim: Claim, events: readonly DomainEvent[]): Promise<Stored<ClaimRecord>> {
  const next = await insurance.claims.save({ claim, ownerId: record.ownerId }, record.version, events);
  insurance.metrics.record(events);
  return next;
}
