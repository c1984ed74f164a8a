import { randomUUID } from 'node:crypto';
import { customer, eventually } from '@bank/testing';
import {
  activePolicy,
  CANCEL,
  CLAIM,
  collisionClaim,
  fileClaim,
  issue,
  policyOf,
  premiumReference,
  quote,
  REVIEW,
  staff,
  startInsurance,
  type ClaimView,
  type InsuranceHarness,
  type PolicyView,
} from './support';

describe('auto insurance, from quote to paid claim', () => {
  let harness: InsuranceHarness;
  beforeAll(async () => {
    harness = await startInsurance();
  });
  afterAll(() => harness.stop());

  it('quotes, issues, activates on the Pix payment, and pays an approved claim once Pix settles the payout', async () => {
    const maria = customer('c-journey');
    const as = harness.as(maria);
    const quoted = await quote(as);
    expect(quoted).toMatchObject({ status: 'QUOTED', netPremium: '2093.04', iof: '154.47', totalPremium: '2247.51' });
    expect(quoted.installmentOptions).toHaveLength(12);

    const issued = await issue(as, quoted.id);
    expect(issued).toMatchObject({ status: 'PENDING_PAYMENT', premiumPaid: '0.00', installments: { count: 1, firstAmount: '2247.51' } });
    expect(issued.premiumCharges).toEqual([{ txid: expect.stringMatching(/^[A-Za-z0-9]{25}$/) }]);

    const [chargeRequest] = await harness.pix.requested('charge-requested', premiumReference(issued.id));
    expect(chargeRequest!.data).toMatchObject({
      txid: issued.premiumCharges[0]!.txid,
      amount: '2247.51',
      payer: { customerId: 'c-journey', name: 'Maria Silva', document: '52998224725' },
      reference: { source: 'insurance' },
    });

    const paidAt = new Date('2025-06-16T15:00:00Z');
    harness.clock.set(paidAt);
    await harness.pix.payCharge(chargeRequest!, paidAt);
    const active = await eventually(async () => {
      const policy = await policyOf(as, issued.id);
      expect(policy.status).toBe('ACTIVE');
      return policy;
    });
    expect(active).toMatchObject({ premiumPaid: '2247.51', startsAt: '2025-06-16T15:00:00.000Z', endsAt: '2026-06-16T15:00:00.000Z' });

    harness.clock.set('2025-09-02T15:00:00Z');
    const filed = await fileClaim(as, issued.id);
    expect(filed).toMatchObject({
      status: 'OPEN',
      coverage: 'COLLISION',
      deductible: '4000.00',
      estimatedAmount: '12000.00',
      description: 'Rear-ended at a red light',
    });

    harness.clock.set('2025-09-10T15:00:00Z');
    const reviewed = await harness.as(staff)<{ reviewAutoClaim: { claim: ClaimView } }>(REVIEW, {
      id: filed.id,
      decision: 'APPROVE',
      approvedAmount: '10000.00',
    });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.reviewAutoClaim.claim).toMatchObject({ status: 'APPROVED', approvedAmount: '10000.00', payout: '6000.00' });

    const [payoutRequest] = await harness.accounts.requested('credit', new RegExp(`^claim/${filed.id}/payout/1$`));
    expect(payoutRequest!.data).toMatchObject({ customerId: 'c-journey', amount: '6000.00', reference: { source: 'insurance' } });

    await harness.accounts.settle(payoutRequest!, new Date('2025-09-11T15:00:00Z'));
    await eventually(async () => {
      const { data } = await as<{ autoClaim: ClaimView }>(CLAIM, { id: filed.id });
      expect(data?.autoClaim).toMatchObject({ status: 'PAID', paidAt: '2025-09-11T15:00:00.000Z' });
    });

    const listed = await as<{ _entities: { autoPolicies: { edges: { node: { id: string; claims: { edges: { node: { id: string } }[] } } }[] } }[] }>(
      `query($id: ID!) { _entities(representations: [{ __typename: "Customer", id: $id }]) {
        ... on Customer { autoPolicies { edges { node { id claims { edges { node { id } } } } } } }
      } }`,
      { id: 'c-journey' },
    );
    expect(listed.data?._entities[0]?.autoPolicies.edges).toEqual([{ node: { id: issued.id, claims: { edges: [{ node: { id: filed.id } }] } } }]);

    await eventually(() => {
      expect(harness.pix.typesAbout(quoted.id)).toEqual(['insurance.quote.created']);
      expect(harness.pix.typesAbout(issued.id)).toEqual(['insurance.policy.issued', 'insurance.pix.charge-requested', 'insurance.policy.activated']);
      expect(harness.pix.typesAbout(filed.id)).toEqual([
        'insurance.claim.filed',
        'insurance.claim.approved',
        'insurance.accounts.credit-requested',
        'insurance.claim.paid',
      ]);
    });
  });

  it('activates a policy in 12 installments when the first one, the one charge requested, is paid', async () => {
    const as = harness.as(customer('c-installments'));
    harness.clock.set('2025-06-15T15:00:00Z');
    const issued = await issue(as, (await quote(as)).id, 12);
    expect(issued.installments).toEqual({ count: 12, firstAmount: '187.32', amount: '187.29' });

    const [request] = await harness.pix.requested('charge-requested', premiumReference(issued.id));
    expect(request!.data).toMatchObject({ amount: '187.32', txid: issued.premiumCharges[0]!.txid });
    await harness.pix.payCharge(request!, new Date('2025-06-16T15:00:00Z'));

    await eventually(async () => expect(await policyOf(as, issued.id)).toMatchObject({ status: 'ACTIVE', premiumPaid: '187.32' }));
  });

  it.each([
    // term 2025-06-16 → 2026-06-16 (365 days); hand-checked in the domain's unit tests
    ['paid in full, cancelled with 197 days left: 2093.04 × 197 / 365', 1, '2025-12-01T13:00:00Z', '1129.67'],
    ['paid by the first of 12 installments, 30 days in: 2093.04 × 335 / 365 − 2093.04 × 2060.19 / 2247.51', 12, '2025-07-16T15:00:00Z', '2.41'],
  ])('cancels a policy %s, and asks Pix to refund that', async (_, installments, cancelledAt, refund) => {
    const owner = customer(`c-cancel-${installments}`);
    const { id } = await activePolicy(harness, owner, { installments });
    harness.clock.set(cancelledAt);

    const result = await harness.as(owner)<{ cancelAutoPolicy: { policy: PolicyView } }>(CANCEL, { id, reason: 'Sold the car' });

    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelAutoPolicy.policy).toMatchObject({
      status: 'CANCELLED',
      refund,
      cancellationReason: 'Sold the car',
      cancelledAt: new Date(cancelledAt).toISOString(),
    });
    const [transfer] = await harness.accounts.requested('credit', new RegExp(`^policy/${id}/refund/1$`));
    expect(transfer!.data).toMatchObject({ customerId: `c-cancel-${installments}`, amount: refund, reference: { source: 'insurance' } });
    await eventually(() => expect(harness.pix.typesAbout(id)).toContain('insurance.policy.cancelled'));
  });

  it('cancels a policy whose premium charge expired unpaid as CANCELLED_UNPAID, and takes no claim on it', async () => {
    const as = harness.as(customer('c-unpaid'));
    harness.clock.set('2025-06-15T15:00:00Z');
    const issued = await issue(as, (await quote(as)).id);
    const [request] = await harness.pix.requested('charge-requested', premiumReference(issued.id));

    harness.clock.set('2025-06-18T15:00:00Z');
    await harness.pix.expireCharge(request!, new Date('2025-06-18T15:00:00Z'));

    const cancelled = await eventually(async () => {
      const policy = await policyOf(as, issued.id);
      expect(policy.status).toBe('CANCELLED_UNPAID');
      return policy;
    });
    expect(cancelled).toMatchObject({
      cancelledAt: '2025-06-18T15:00:00.000Z',
      cancellationReason: 'The first premium charge expired unpaid',
      refund: null,
      premiumPaid: '0.00',
    });
    const claim = await as(`mutation($input: FileAutoClaimInput!, $key: String!) { fileAutoClaim(input: $input, idempotencyKey: $key) { claim { id } } }`, {
      key: randomUUID(),
      input: { ...collisionClaim, policyId: issued.id, occurredAt: '2025-06-17T15:00:00Z' },
    });
    expect(claim.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('sends back a premium paid after the customer cancelled the unpaid policy', async () => {
    const as = harness.as(customer('c-late-payer'));
    harness.clock.set('2025-06-15T15:00:00Z');
    const issued = await issue(as, (await quote(as)).id);
    const [request] = await harness.pix.requested('charge-requested', premiumReference(issued.id));
    const cancelled = await as<{ cancelAutoPolicy: { policy: PolicyView } }>(CANCEL, { id: issued.id, reason: 'Found a cheaper offer' });
    expect(cancelled.data?.cancelAutoPolicy.policy.status).toBe('CANCELLED_UNPAID');

    await harness.pix.payCharge(request!, new Date('2025-06-15T16:00:00Z'));

    const [returned] = await harness.accounts.requested('credit', new RegExp(`^policy/${issued.id}/premium-return/${issued.premiumCharges[0]!.txid}/1$`));
    expect(returned!.data).toMatchObject({ customerId: 'c-late-payer', amount: '2247.51' });
    expect((await policyOf(as, issued.id)).status).toBe('CANCELLED_UNPAID');
  });

  it('closes a claim approved within the deductible as DENIED, without a payout, and denies one with a note', async () => {
    const owner = customer('c-small-claim');
    const { id } = await activePolicy(harness, owner);
    harness.clock.set('2025-09-02T15:00:00Z');
    const filed = await fileClaim(harness.as(owner), id);

    const reviewed = await harness.as(staff)<{ reviewAutoClaim: { claim: ClaimView } }>(REVIEW, {
      id: filed.id,
      decision: 'APPROVE',
      approvedAmount: '2500.00',
    });
    const denied = await harness.as(staff)<{ reviewAutoClaim: { claim: ClaimView } }>(REVIEW, {
      id: (await fileClaim(harness.as(owner), id)).id,
      decision: 'DENY',
      note: 'Not covered',
    });

    expect(reviewed.data?.reviewAutoClaim.claim).toMatchObject({
      status: 'DENIED',
      approvedAmount: '2500.00',
      payout: null,
      denialNote: 'the approved amount 2500.00 does not exceed the deductible 4000.00',
    });
    expect(denied.data?.reviewAutoClaim.claim).toMatchObject({ status: 'DENIED', approvedAmount: null, denialNote: 'Not covered' });
  });
});
