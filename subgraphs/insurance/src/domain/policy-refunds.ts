import { conflict, type DomainEvent, type Money, type Transition } from '@bank/kernel';
import { refundRequested } from './pix-requests';
import type { PolicyRecord } from './policy-record';
import { recordRefundFailure, retryRefund, type PolicyRefund, type TransferFailure, type TransferState } from './transfers';

/** A transfer a policy asked Pix for to send money back to its holder. */
interface RefundTransfer {
  readonly refund: PolicyRefund;
  readonly amount: Money;
  readonly transfer: TransferState;
}

/** The cancellation refund (when there is one to send) and the returned premiums, in that order. */
function refundTransfers({ policy, returnedPayments }: PolicyRecord): RefundTransfer[] {
  const refund: RefundTransfer[] =
    policy.status === 'CANCELLED' && policy.refund.isPositive() ? [{ refund: { kind: 'refund' }, amount: policy.refund, transfer: policy.refundTransfer }] : [];
  return [...refund, ...returnedPayments.map(({ txid, amount, transfer }) => ({ refund: { kind: 'premium-return' as const, txid }, amount, transfer }))];
}

const sameRefund = (a: PolicyRefund, b: PolicyRefund): boolean =>
  a.kind === b.kind && (a.kind === 'refund' || (b.kind === 'premium-return' && a.txid === b.txid));

function withTransfer(record: PolicyRecord, refund: PolicyRefund, transfer: TransferState): PolicyRecord {
  const { policy } = record;
  if (refund.kind === 'premium-return') {
    return { ...record, returnedPayments: record.returnedPayments.map((payment) => (payment.txid === refund.txid ? { ...payment, transfer } : payment)) };
  }
  if (policy.status !== 'CANCELLED') throw new Error(`auto policy ${policy.id} is ${policy.status}; it owes no refund`);
  return { ...record, policy: { ...policy, refundTransfer: transfer } };
}

/** The failure of a refund or returned premium still waiting for a retry, the latest first; null when none is. */
export function refundFailureOf(record: PolicyRecord): TransferFailure | null {
  const failures = refundTransfers(record).flatMap(({ transfer }) => (transfer.failure === null ? [] : [transfer.failure]));
  return failures.reduce<TransferFailure | null>((latest, failure) => (latest === null || failure.failedAt > latest.failedAt ? failure : latest), null);
}

/**
 * Pix could not send a refund or a returned premium back: the policy shows why until it is retried.
 * A failure of an attempt no longer pending (already recorded, or overtaken by a retry) changes nothing (null).
 */
export function recordPolicyRefundFailure(record: PolicyRecord, refund: PolicyRefund, failure: TransferFailure): Transition<PolicyRecord> | null {
  const policyId = record.policy.id;
  const found = refundTransfers(record).find((candidate) => sameRefund(candidate.refund, refund));
  if (found === undefined) throw new Error(`auto policy ${policyId} asked for no ${refund.kind} transfer like that`);
  if (found.transfer.attempt !== failure.attempt || found.transfer.failure !== null) return null;
  const { state, events } = recordRefundFailure({ policyId, ...found }, failure);
  return { state: withTransfer(record, refund, state), events };
}

/** Asks Pix again for every refund or returned premium whose last attempt failed, each as its next attempt; CONFLICT when none failed. */
export function retryPolicyRefunds(record: PolicyRecord, at: Date): Transition<PolicyRecord> {
  const failed = refundTransfers(record).filter(({ transfer }) => transfer.failure !== null);
  if (failed.length === 0) throw conflict(`auto policy ${record.policy.id} has no failed refund to retry`);
  let next = record;
  const events: DomainEvent[] = [];
  for (const found of failed) {
    const retried = retryRefund({ policyId: record.policy.id, ...found }, { at });
    next = withTransfer(next, found.refund, retried.state);
    events.push(...retried.events, refundRequested(record, found.refund, { amount: found.amount, attempt: retried.state.attempt, at }));
  }
  return { state: next, events };
}
