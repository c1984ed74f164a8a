import { customer, eventually } from '@bank/testing';
import { activePolicy, CANCEL, errorOf, fileClaim, issue, premiumReference, quote, REVIEW, staff, startInsurance, type InsuranceHarness } from './support';

const FAILURE = '{ reason failedAt }';
const CLAIM = `query($id: ID!) { autoClaim(id: $id) { id status paidAt payoutFailure ${FAILURE} } }`;
const RETRY_PAYOUT = `mutation($id: ID!, $idempotencyKey: String!) { retryAutoClaimPayout(input: { claimId: $id }, idempotencyKey: $idempotencyKey) { claim { id status payoutFailure ${FAILURE} } } }`;
const POLICY = `query($id: ID!) { autoPolicy(id: $id) { id status refundFailure ${FAILURE} } }`;
const RETRY_REFUND = `mutation($id: ID!, $idempotencyKey: String!) { retryAutoPolicyRefund(input: { policyId: $id }, idempotencyKey: $idempotencyKey) { policy { id status refundFailure ${FAILURE} } } }`;

interface Failure {
  reason: string;
  failedAt: string;
}
interface ClaimView {
  id: string;
  status: string;
  paidAt: string | null;
  payoutFailure: Failure | null;
}
interface PolicyView {
  id: string;
  status: string;
  refundFailure: Failure | null;
}

const reference = (pattern: string) => new RegExp(`^${pattern}$`);

describe('Pix transfers to the customer that fail, and their retries', () => {
  let harness: InsuranceHarness;
  beforeAll(async () => {
    harness = await startInsurance();
  });
  afterAll(() => harness.stop());

  /** An APPROVED claim (payout 6000.00) on an active policy of `owner`, reviewed by `reviewer`. */
  async function approvedClaim(owner = customer('c-payout'), reviewer = staff): Promise<string> {
    const { id: policyId } = await activePolicy(harness, owner);
    harness.clock.set('2025-09-02T15:00:00Z');
    const { id } = await fileClaim(harness.as(owner), policyId);
    harness.clock.set('2025-09-10T15:00:00Z');
    const reviewed = await harness.as(reviewer)(REVIEW, { id, decision: 'APPROVE', approvedAmount: '10000.00' });
    expect(reviewed.errors).toBeUndefined();
    return id;
  }

  async function failPayout(claimId: string, failedAt: Date): Promise<void> {
    const [request] = await harness.accounts.requested('credit', reference(`claim/${claimId}/payout/1`));
    await harness.accounts.fail(request!, { at: failedAt });
    await eventually(async () => {
      const { data } = await harness.as(staff)<{ autoClaim: ClaimView }>(CLAIM, { id: claimId });
      expect(data?.autoClaim.payoutFailure).not.toBeNull();
    });
  }

  it('keeps a claim whose payout failed APPROVED showing why; staff retry it as a new transfer, which Pix settles: PAID', async () => {
    const owner = customer('c-payout');
    const id = await approvedClaim(owner);
    const [first] = await harness.accounts.requested('credit', reference(`claim/${id}/payout/1`));

    await harness.accounts.fail(first!, { at: new Date('2025-09-10T15:01:00Z'), reason: 'NO_CHECKING_ACCOUNT' });

    const failed = await eventually(async () => {
      const { data } = await harness.as(owner)<{ autoClaim: ClaimView }>(CLAIM, { id });
      expect(data?.autoClaim.payoutFailure).not.toBeNull();
      return data!.autoClaim;
    });
    expect(failed).toEqual({
      id,
      status: 'APPROVED',
      paidAt: null,
      payoutFailure: { reason: 'refused: NO_CHECKING_ACCOUNT', failedAt: '2025-09-10T15:01:00.000Z' },
    });

    harness.clock.set('2025-09-12T15:00:00Z');
    const retried = await harness.as(staff)<{ retryAutoClaimPayout: { claim: ClaimView } }>(RETRY_PAYOUT, { id });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.retryAutoClaimPayout.claim).toEqual({ id, status: 'APPROVED', payoutFailure: null });

    const [second] = await harness.accounts.requested('credit', reference(`claim/${id}/payout/2`));
    expect(second!.data).toMatchObject({ customerId: 'c-payout', amount: '6000.00', reference: { source: 'insurance' } });
    await harness.accounts.settle(second!, new Date('2025-09-12T15:02:00Z'));

    await eventually(async () => {
      const { data } = await harness.as(owner)<{ autoClaim: ClaimView }>(CLAIM, { id });
      expect(data?.autoClaim).toEqual({ id, status: 'PAID', paidAt: '2025-09-12T15:02:00.000Z', payoutFailure: null });
    });
    await eventually(() =>
      expect(harness.pix.typesAbout(id)).toEqual([
        'insurance.claim.filed',
        'insurance.claim.approved',
        'insurance.accounts.credit-requested',
        'insurance.claim.payout-failed',
        'insurance.claim.payout-retried',
        'insurance.accounts.credit-requested',
        'insurance.claim.paid',
      ]),
    );
  });

  it('records a failed cancellation refund on the policy; its holder retries it as a new transfer once they have a Pix key', async () => {
    const owner = customer('c-refund');
    const { id } = await activePolicy(harness, owner);
    harness.clock.set('2025-12-01T13:00:00Z');
    expect((await harness.as(owner)(CANCEL, { id, reason: 'Sold the car' })).errors).toBeUndefined();
    const [first] = await harness.accounts.requested('credit', reference(`policy/${id}/refund/1`));

    await harness.accounts.fail(first!, { at: new Date('2025-12-01T13:01:00Z'), reason: 'ACCOUNT_CLOSED' });

    await eventually(async () => {
      const { data } = await harness.as(owner)<{ autoPolicy: PolicyView }>(POLICY, { id });
      expect(data?.autoPolicy).toEqual({
        id,
        status: 'CANCELLED',
        refundFailure: { reason: 'refused: ACCOUNT_CLOSED', failedAt: '2025-12-01T13:01:00.000Z' },
      });
    });

    harness.clock.set('2025-12-02T13:00:00Z');
    const retried = await harness.as(owner)<{ retryAutoPolicyRefund: { policy: PolicyView } }>(RETRY_REFUND, { id });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.retryAutoPolicyRefund.policy).toEqual({ id, status: 'CANCELLED', refundFailure: null });

    const [second] = await harness.accounts.requested('credit', reference(`policy/${id}/refund/2`));
    expect(second!.data).toMatchObject({ customerId: 'c-refund', amount: '1129.67', reference: { source: 'insurance' } });
    await harness.accounts.settle(second!, new Date('2025-12-02T13:01:00Z'));

    await eventually(() =>
      expect(harness.pix.typesAbout(id).filter((type) => type.includes('refund') || type.endsWith('credit-requested'))).toEqual([
        'insurance.accounts.credit-requested',
        'insurance.policy.refund-failed',
        'insurance.policy.refund-retried',
        'insurance.accounts.credit-requested',
      ]),
    );
    const again = await harness.as(owner)(RETRY_REFUND, { id });
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect((await harness.as(owner)<{ autoPolicy: PolicyView }>(POLICY, { id })).data?.autoPolicy.refundFailure).toBeNull();
  });

  it('records a failed return of a premium paid after an unpaid cancellation, and lets staff retry it', async () => {
    const owner = customer('c-late-return');
    const as = harness.as(owner);
    harness.clock.set('2025-06-15T15:00:00Z');
    const issued = await issue(as, (await quote(as)).id);
    const [charge] = await harness.pix.requested('charge-requested', premiumReference(issued.id));
    expect((await as(CANCEL, { id: issued.id, reason: 'Found a cheaper offer' })).errors).toBeUndefined();
    await harness.pix.payCharge(charge!, new Date('2025-06-15T16:00:00Z'));
    const txid = issued.premiumCharges[0]!.txid;
    const [first] = await harness.accounts.requested('credit', reference(`policy/${issued.id}/premium-return/${txid}/1`));

    await harness.accounts.fail(first!, { at: new Date('2025-06-15T16:01:00Z') });

    await eventually(async () => {
      const { data } = await as<{ autoPolicy: PolicyView }>(POLICY, { id: issued.id });
      expect(data?.autoPolicy.refundFailure).toEqual({ reason: 'refused: NO_CHECKING_ACCOUNT', failedAt: '2025-06-15T16:01:00.000Z' });
    });
    const retried = await harness.as(staff)<{ retryAutoPolicyRefund: { policy: PolicyView } }>(RETRY_REFUND, { id: issued.id });
    expect(retried.data?.retryAutoPolicyRefund.policy).toEqual({ id: issued.id, status: 'CANCELLED_UNPAID', refundFailure: null });
    const [second] = await harness.accounts.requested('credit', reference(`policy/${issued.id}/premium-return/${txid}/2`));
    expect(second!.data).toMatchObject({ customerId: 'c-late-return', amount: '2247.51' });
  });

  describe('who may retry', () => {
    it('refuses a payout retry to customers, even the policyholder, and to staff on their own policy, with FORBIDDEN; an unknown claim is NOT_FOUND', async () => {
      const staffHolder = customer('s-holder', { roles: ['customer', 'staff'], name: 'Bia Atendente', document: '11144477735' });
      const id = await approvedClaim(staffHolder);
      await failPayout(id, new Date('2025-09-10T15:01:00Z'));

      const results = {
        holder: errorOf(await harness.as(staffHolder)(RETRY_PAYOUT, { id })),
        customer: errorOf(await harness.as(customer('c-other'))(RETRY_PAYOUT, { id })),
        unknown: errorOf(await harness.as(staff)(RETRY_PAYOUT, { id: 'AC00000000000000000000' })),
      };

      expect(results).toEqual({
        holder: { code: 'FORBIDDEN', field: undefined },
        customer: { code: 'FORBIDDEN', field: undefined },
        unknown: { code: 'NOT_FOUND', field: undefined },
      });
      const { data } = await harness.as(staff)<{ autoClaim: ClaimView }>(CLAIM, { id });
      expect(data?.autoClaim.payoutFailure).not.toBeNull();
    });

    it('refuses to retry a payout that has not failed with CONFLICT', async () => {
      const id = await approvedClaim(customer('c-pending-payout'));

      expect(errorOf(await harness.as(staff)(RETRY_PAYOUT, { id }))?.code).toBe('CONFLICT');
    });

    it("answers another customer's refund retry with NOT_FOUND, as for a policy that does not exist", async () => {
      const owner = customer('c-refund-owner');
      const { id } = await activePolicy(harness, owner);
      harness.clock.set('2025-12-01T13:00:00Z');
      await harness.as(owner)(CANCEL, { id, reason: 'Sold the car' });
      const [request] = await harness.accounts.requested('credit', reference(`policy/${id}/refund/1`));
      await harness.accounts.fail(request!, { at: new Date('2025-12-01T13:01:00Z') });
      await eventually(async () => {
        const { data } = await harness.as(owner)<{ autoPolicy: PolicyView }>(POLICY, { id });
        expect(data?.autoPolicy.refundFailure).not.toBeNull();
      });

      const other = await harness.as(customer('c-stranger'))(RETRY_REFUND, { id });
      const unknown = await harness.as(owner)(RETRY_REFUND, { id: 'AP00000000000000000000' });

      expect([errorOf(other)?.code, errorOf(unknown)?.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      const { data } = await harness.as(owner)<{ autoPolicy: PolicyView }>(POLICY, { id });
      expect(data?.autoPolicy.refundFailure).not.toBeNull();
    });
  });
});
