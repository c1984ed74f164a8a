import { AUTO_DEBIT_OFF, Money } from '@bank/kernel';
import {
  purposeOf,
  referenceOf,
  type PixPurpose,
  approveClaim,
  cancelPolicy,
  fileClaim,
  FIRST_TRANSFER,
  markClaimPaid,
  recordPayoutFailure,
  recordRefundFailure,
  retryPayout,
  retryRefund,
  type ApprovedClaim,
  type Claim,
} from '../../src/domain';
import { claimFromRecordDocument, claimToRecordDocument } from '../../src/infrastructure/documents/claim-document';
import { policyFromRecordDocument, policyToRecordDocument } from '../../src/infrastructure/documents/policy-document';
import { activePolicy } from './fixtures';

const FILED_AT = new Date('2025-09-02T15:00:00Z');
const APPROVED_AT = new Date('2025-09-10T15:00:00Z');
const FAILED_AT = new Date('2025-09-10T15:05:00Z');
const RETRIED_AT = new Date('2025-09-12T15:00:00Z');
const conflict = expect.objectContaining({ code: 'CONFLICT' });

function approvedClaim(): ApprovedClaim {
  const open = fileClaim(
    activePolicy(),
    { id: 'c-1', type: 'COLLISION', occurredAt: new Date('2025-09-01T22:30:00Z'), description: 'Rear-ended', estimatedAmount: '12000.00' },
    FILED_AT,
  ).state;
  const { state } = approveClaim(open, { approvedAmount: '10000.00', at: APPROVED_AT });
  if (state.status !== 'APPROVED') throw new Error('the fixture claim should be approved');
  return state;
}

const noKey = { attempt: 1, reason: 'The customer has no Pix key', failedAt: FAILED_AT };

describe('a claim payout that Pix could not send', () => {
  it('is approved as the first attempt, pending', () => {
    expect(approvedClaim().payoutTransfer).toEqual({ attempt: 1, failure: null });
  });

  it('records the failure on the APPROVED claim with insurance.claim.payout-failed', () => {
    const { state, events } = recordPayoutFailure(approvedClaim(), { ...noKey, reason: ' The customer has no Pix key ' });

    expect(state).toMatchObject({ status: 'APPROVED', payoutTransfer: { attempt: 1, failure: noKey } });
    expect(events).toEqual([
      {
        type: 'insurance.claim.payout-failed',
        subject: 'c-1',
        occurredAt: FAILED_AT,
        data: { claimId: 'c-1', policyId: 'p-1', payout: '6000.00', attempt: 1, reason: 'The customer has no Pix key' },
      },
    ]);
  });

  it('retries as the next attempt, pending again, with insurance.claim.payout-retried; the retried payout can be paid', () => {
    const failed = recordPayoutFailure(approvedClaim(), noKey).state;
    const { state, events } = retryPayout(failed, { at: RETRIED_AT });

    expect(state).toMatchObject({ status: 'APPROVED', payoutTransfer: { attempt: 2, failure: null } });
    expect(events).toEqual([
      {
        type: 'insurance.claim.payout-retried',
        subject: 'c-1',
        occurredAt: RETRIED_AT,
        data: { claimId: 'c-1', policyId: 'p-1', payout: '6000.00', attempt: 2 },
      },
    ]);
    const paid = markClaimPaid(state, { at: RETRIED_AT }).state;
    expect(paid.status).toBe('PAID');
    expect(paid).not.toHaveProperty('payoutTransfer');
  });

  it('refuses, with CONFLICT, a failure of an attempt no longer pending, a second failure, and a retry of a pending payout', () => {
    const failed = recordPayoutFailure(approvedClaim(), noKey).state;
    const retried = retryPayout(failed, { at: RETRIED_AT }).state;

    expect(() => recordPayoutFailure(failed, noKey)).toThrow(conflict);
    expect(() => recordPayoutFailure(retried, noKey)).toThrow(conflict);
    expect(() => retryPayout(approvedClaim(), { at: RETRIED_AT })).toThrow(conflict);
    expect(() => retryPayout(retried, { at: RETRIED_AT })).toThrow(conflict);
  });

  it('refuses a failure or a retry on a claim that is not APPROVED with CONFLICT', () => {
    const paid: Claim = markClaimPaid(approvedClaim(), { at: RETRIED_AT }).state;

    expect(() => recordPayoutFailure(paid, noKey)).toThrow(conflict);
    expect(() => retryPayout(paid, { at: RETRIED_AT })).toThrow(conflict);
  });

  it('refuses a blank reason with BAD_USER_INPUT', () => {
    expect(() => recordPayoutFailure(approvedClaim(), { ...noKey, reason: ' ' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('a refund that Pix could not send', () => {
  const refund = { policyId: 'p-1', refund: { kind: 'refund' as const }, amount: Money.parse('1129.67'), transfer: FIRST_TRANSFER };

  it('is asked for at cancellation as the first attempt', () => {
    const { state } = cancelPolicy(activePolicy(), { at: new Date('2025-12-01T13:00:00Z'), reason: 'sold the car' });

    expect(state.status === 'CANCELLED' && state.refundTransfer).toEqual({ attempt: 1, failure: null });
  });

  it('records the failure with insurance.policy.refund-failed, and retries as the next attempt with insurance.policy.refund-retried', () => {
    const failed = recordRefundFailure(refund, noKey);
    expect(failed.state).toEqual({ attempt: 1, failure: noKey });
    expect(failed.events).toEqual([
      {
        type: 'insurance.policy.refund-failed',
        subject: 'p-1',
        occurredAt: FAILED_AT,
        data: { policyId: 'p-1', kind: 'refund', txid: null, amount: '1129.67', attempt: 1, reason: 'The customer has no Pix key' },
      },
    ]);

    const retried = retryRefund({ ...refund, transfer: failed.state }, { at: RETRIED_AT });
    expect(retried.state).toEqual({ attempt: 2, failure: null });
    expect(retried.events).toEqual([
      {
        type: 'insurance.policy.refund-retried',
        subject: 'p-1',
        occurredAt: RETRIED_AT,
        data: { policyId: 'p-1', kind: 'refund', txid: null, amount: '1129.67', attempt: 2 },
      },
    ]);
  });

  it('names the charge of a returned premium', () => {
    const { events } = recordRefundFailure({ ...refund, refund: { kind: 'premium-return', txid: 'APabcP01' } }, noKey);

    expect(events[0]?.data).toMatchObject({ kind: 'premium-return', txid: 'APabcP01' });
  });

  it('refuses, with CONFLICT, a failure of another attempt, a second failure and a retry of a pending refund', () => {
    const failed = recordRefundFailure(refund, noKey).state;

    expect(() => recordRefundFailure(refund, { ...noKey, attempt: 2 })).toThrow(conflict);
    expect(() => recordRefundFailure({ ...refund, transfer: failed }, noKey)).toThrow(conflict);
    expect(() => retryRefund(refund, { at: RETRIED_AT })).toThrow(conflict);
  });
});

describe('the Pix reference of a transfer', () => {
  it.each<PixPurpose>([
    { kind: 'payout', claimId: 'AC1', attempt: 1 },
    { kind: 'payout', claimId: 'AC1', attempt: 3 },
    { kind: 'refund', policyId: 'AP1', attempt: 2 },
    { kind: 'premium-return', policyId: 'AP1', txid: 'AP1P01', attempt: 2 },
    { kind: 'premium', policyId: 'AP1', installment: 1 },
  ])('names each attempt apart and reads back as what it was made from: %o', (purpose) => {
    expect(purposeOf(referenceOf(purpose))).toEqual(purpose);
  });

  it('gives each attempt its own reference', () => {
    expect(referenceOf({ kind: 'payout', claimId: 'AC1', attempt: 2 }).id).toBe('claim/AC1/payout/2');
    expect(referenceOf({ kind: 'refund', policyId: 'AP1', attempt: 1 }).id).toBe('policy/AP1/refund/1');
  });

  it.each([
    ['claim/AC1/payout', { kind: 'payout', claimId: 'AC1', attempt: 1 }],
    ['policy/AP1/refund', { kind: 'refund', policyId: 'AP1', attempt: 1 }],
    ['policy/AP1/premium-return/AP1P01', { kind: 'premium-return', policyId: 'AP1', txid: 'AP1P01', attempt: 1 }],
  ])('reads a reference asked for before retries, %s, as the first attempt', (id, purpose) => {
    expect(purposeOf({ source: 'insurance', id })).toEqual(purpose);
  });

  it.each(['claim/AC1/payout/0', 'claim/AC1/payout/', 'policy/AP1/refund/x'])('reads %s as none of ours', (id) => {
    expect(purposeOf({ source: 'insurance', id })).toBeNull();
  });
});

describe('stored claims and policies from before transfers could be retried', () => {
  it('read as a pending first attempt', () => {
    const { payoutTransfer: _, ...claimWithout } = claimToRecordDocument({ claim: approvedClaim(), ownerId: 'c-1' }).claim as Record<string, unknown>;
    const cancelled = cancelPolicy(activePolicy(), { at: new Date('2025-12-01T13:00:00Z'), reason: 'sold the car' }).state;
    const document = policyToRecordDocument({
      policy: cancelled,
      holder: { customerId: 'c-1', name: 'Maria Silva', document: '52998224725' },
      premiumCharges: [],
      returnedPayments: [{ txid: 'APabcP01', amount: Money.parse('10.00'), returnedAt: RETRIED_AT, transfer: FIRST_TRANSFER }],
      autoDebit: AUTO_DEBIT_OFF,
    });
    const { refundTransfer: __, ...policyWithout } = document.policy as Record<string, unknown>;
    const returnedWithout = document.returnedPayments.map(({ transfer: ___, ...payment }) => payment);

    const claim = claimFromRecordDocument({ claim: claimWithout, ownerId: 'c-1' }).claim;
    const record = policyFromRecordDocument({ ...document, policy: policyWithout, returnedPayments: returnedWithout });

    expect(claim.status === 'APPROVED' && claim.payoutTransfer).toEqual({ attempt: 1, failure: null });
    expect(record.policy.status === 'CANCELLED' && record.policy.refundTransfer).toEqual({ attempt: 1, failure: null });
    expect(record.returnedPayments[0]?.transfer).toEqual({ attempt: 1, failure: null });
  });

  it('keep a recorded failure through the store', () => {
    const failed = recordPayoutFailure(approvedClaim(), noKey).state;

    expect(claimFromRecordDocument(JSON.parse(JSON.stringify(claimToRecordDocument({ claim: failed, ownerId: 'c-1' })))).claim).toEqual(failed);
  });
});
