import { type Transition, conflict, type Money } from '@bank/kernel';
import type { PolicyRefundFailed, PolicyRefundRetried } from './events';
import { requiredText } from './parse';

/** Why a Pix transfer we asked for did not go through (no Pix key, refused by the central system...). */
export interface TransferFailure {
  readonly attempt: number;
  readonly reason: string;
  readonly failedAt: Date;
}

/**
 * A transfer to the customer, as asked of Pix: the attempt asked for last (1 first, one more per
 * retry, each with its own reference, since Pix takes one transfer per reference) and why that
 * attempt failed (null while it is pending or once it settled).
 */
export interface TransferState {
  readonly attempt: number;
  readonly failure: TransferFailure | null;
}

export const FIRST_TRANSFER: TransferState = { attempt: 1, failure: null };

/** `what` failed as `failure` says; only the pending attempt can fail, once. */
export function failTransfer(transfer: TransferState, failure: TransferFailure, what: string): TransferState {
  if (failure.attempt !== transfer.attempt) throw conflict(`${what} is on attempt ${transfer.attempt}; attempt ${failure.attempt} is no longer pending`);
  if (transfer.failure !== null) throw conflict(`attempt ${failure.attempt} of ${what} already failed`);
  return { ...transfer, failure: { ...failure, reason: requiredText(failure.reason, 'reason') } };
}

/** The next attempt of `what`, once the last one failed. */
export function retryTransfer(transfer: TransferState, what: string): TransferState {
  if (transfer.failure === null) throw conflict(`attempt ${transfer.attempt} of ${what} has not failed; there is nothing to retry`);
  return { attempt: transfer.attempt + 1, failure: null };
}

/** What a policy sends back to its holder: its cancellation refund, or a premium paid after it was cancelled unpaid. */
export type PolicyRefund = { readonly kind: 'refund' } | { readonly kind: 'premium-return'; readonly txid: string };

interface RefundContext {
  readonly policyId: string;
  readonly refund: PolicyRefund;
  readonly amount: Money;
  readonly transfer: TransferState;
}

const describe = ({ policyId, refund }: RefundContext): string =>
  refund.kind === 'refund' ? `the refund of policy ${policyId}` : `the return of premium ${refund.txid} of policy ${policyId}`;

const refundFields = ({ policyId, refund, amount }: RefundContext) => ({
  policyId,
  kind: refund.kind,
  txid: refund.kind === 'premium-return' ? refund.txid : null,
  amount: amount.toString(),
});

export function recordRefundFailure(context: RefundContext, failure: TransferFailure): Transition<TransferState, PolicyRefundFailed> {
  const state = failTransfer(context.transfer, failure, describe(context));
  return {
    state,
    events: [
      {
        type: 'insurance.policy.refund-failed',
        subject: context.policyId,
        occurredAt: failure.failedAt,
        data: { ...refundFields(context), attempt: failure.attempt, reason: state.failure?.reason ?? failure.reason },
      },
    ],
  };
}

export function retryRefund(context: RefundContext, { at }: { at: Date }): Transition<TransferState, PolicyRefundRetried> {
  const state = retryTransfer(context.transfer, describe(context));
  return {
    state,
    events: [
      { type: 'insurance.policy.refund-retried', subject: context.policyId, occurredAt: at, data: { ...refundFields(context), attempt: state.attempt } },
    ],
  };
}
