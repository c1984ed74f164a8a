import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '@bank/identity';
import { customer, useHarness } from '@bank/testing';
import {
  activePolicy,
  CANCEL,
  CLAIM,
  collisionClaim,
  errorOf,
  FILE_CLAIM,
  fileClaim,
  ISSUE,
  POLICY,
  quote,
  REVIEW,
  staff,
  startInsurance,
  type ClaimView,
  type PolicyView,
} from './support';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AutoQuote { id }
  ... on AutoPolicy { id policyStatus: status }
  ... on AutoClaim { id claimStatus: status }
} }`;

const CUSTOMER_LISTINGS = `query($id: ID!) { _entities(representations: [{ __typename: "Customer", id: $id }]) {
  ... on Customer { autoQuotes { edges { node { id } } } autoPolicies { edges { node { id } } } }
} }`;

describe('who sees and changes what', () => {
  const harness = useHarness(startInsurance);
  let policy: PolicyView;
  let quoteId: string;
  let claim: ClaimView;
  const holder = customer('c-holder');
  const stranger = customer('c-stranger', { name: 'João Souza', document: '11144477735' });

  beforeAll(async () => {
    policy = await activePolicy(harness, holder);
    quoteId = (
      await harness.as(holder)<{ autoPolicy: { quote: { id: string } } }>(`query($id: ID!) { autoPolicy(id: $id) { quote { id } } }`, { id: policy.id })
    ).data!.autoPolicy.quote.id;
    harness.clock.set('2025-09-02T15:00:00Z');
    claim = await fileClaim(harness.as(holder), policy.id);
  });

  it("answers NOT_FOUND for another customer's quote, policy and claim through the root fields", async () => {
    const as = harness.as(stranger);

    expect(errorOf(await as(`query($id: ID!) { autoQuote(id: $id) { id } }`, { id: quoteId }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await as(POLICY, { id: policy.id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await as(CLAIM, { id: claim.id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await as(POLICY, { id: 'APNOSUCHPOLICY0000000000' }))?.code).toBe('NOT_FOUND');
  });

  it("answers NOT_FOUND for another customer's objects through _entities", async () => {
    for (const representation of [
      { __typename: 'AutoQuote', id: quoteId },
      { __typename: 'AutoPolicy', id: policy.id },
      { __typename: 'AutoClaim', id: claim.id },
    ]) {
      const result = await harness.as(stranger)(ENTITIES, { representations: [representation] });
      expect(errorOf(result)?.code).toBe('NOT_FOUND');
    }
  });

  it("refuses to issue, cancel or claim on another customer's quote or policy with NOT_FOUND, changing nothing", async () => {
    const as = harness.as(stranger);

    expect(errorOf(await as(ISSUE, { quoteId, installments: 1 }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await as(CANCEL, { id: policy.id, reason: 'Not mine' }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await as(FILE_CLAIM, { input: { ...collisionClaim, policyId: policy.id }, idempotencyKey: randomUUID() }))?.code).toBe('NOT_FOUND');
    expect(await harness.table.item(`POLICY#${policy.id}`, 'POLICY')).toMatchObject({ version: 3, record: { policy: { status: 'ACTIVE' } } });
    expect(await harness.table.listing(`POLICY_CLAIMS#${policy.id}`)).toHaveLength(1);
  });

  it("lists nothing of another customer's, and everything to staff", async () => {
    const asStranger = await harness.as(stranger)<{ _entities: unknown[] }>(CUSTOMER_LISTINGS, { id: 'c-holder' });
    const asStaff = await harness.as(staff)<{ _entities: unknown[] }>(CUSTOMER_LISTINGS, { id: 'c-holder' });

    expect(asStranger.data?._entities).toEqual([{ autoQuotes: { edges: [] }, autoPolicies: { edges: [] } }]);
    expect(asStaff.data?._entities).toEqual([{ autoQuotes: { edges: [{ node: { id: quoteId } }] }, autoPolicies: { edges: [{ node: { id: policy.id } }] } }]);
  });

  it("lets staff read a customer's policy and claim, through root fields and _entities, but not change the policy", async () => {
    const as = harness.as(staff);

    expect((await as<{ autoPolicy: PolicyView }>(POLICY, { id: policy.id })).data?.autoPolicy.id).toBe(policy.id);
    expect((await as<{ autoClaim: ClaimView }>(CLAIM, { id: claim.id })).data?.autoClaim.id).toBe(claim.id);
    const entities = await as<{ _entities: unknown[] }>(ENTITIES, {
      representations: [
        { __typename: 'AutoPolicy', id: policy.id },
        { __typename: 'AutoClaim', id: claim.id },
      ],
    });
    expect(entities.data?._entities).toEqual([
      { id: policy.id, policyStatus: 'ACTIVE' },
      { id: claim.id, claimStatus: 'OPEN' },
    ]);
    expect(errorOf(await as(CANCEL, { id: policy.id, reason: 'Staff cannot' }))?.code).toBe('FORBIDDEN');
  });

  it('resolves the references of a request with one batched read per type', async () => {
    harness.clock.set('2025-09-03T15:00:00Z');
    const second = await fileClaim(harness.as(holder), policy.id, { ...collisionClaim, type: 'THIRD_PARTY', description: 'Hit a parked car' });
    const claimReads = jest.spyOn(harness.service.insurance.claims, 'getMany');
    const policyReads = jest.spyOn(harness.service.insurance.policies, 'getMany');

    const result = await harness.as(staff)<{ _entities: { id: string; policy: { id: string } }[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on AutoClaim { id policy { id } } } }`,
      { representations: [claim.id, second.id].map((id) => ({ __typename: 'AutoClaim', id })) },
    );

    expect(result.data?._entities).toEqual([
      { id: claim.id, policy: { id: policy.id } },
      { id: second.id, policy: { id: policy.id } },
    ]);
    expect(claimReads.mock.calls).toEqual([[[claim.id, second.id]]]);
    expect(policyReads.mock.calls).toEqual([[[policy.id]]]);
    claimReads.mockRestore();
    policyReads.mockRestore();
  });

  it('lets only staff review claims: a customer, even the policyholder, gets FORBIDDEN and the claim stays OPEN', async () => {
    for (const principal of [holder, stranger]) {
      const result = await harness.as(principal)(REVIEW, { id: claim.id, decision: 'APPROVE', approvedAmount: '10000.00' });
      expect(errorOf(result)?.code).toBe('FORBIDDEN');
    }
    expect((await harness.as(holder)<{ autoClaim: ClaimView }>(CLAIM, { id: claim.id })).data?.autoClaim.status).toBe('OPEN');
    expect(await harness.table.item(`CLAIM#${claim.id}`, 'CLAIM')).toMatchObject({ version: 1 });
  });

  it('does not let staff review a claim on their own policy, nor approve more than the vehicle is worth', async () => {
    const holderOnStaff = customer('c-holder', { roles: ['customer', 'staff'] });
    expect(errorOf(await harness.as(holderOnStaff)(REVIEW, { id: claim.id, decision: 'APPROVE', approvedAmount: '100.00' }))?.code).toBe('FORBIDDEN');
    const tooMuch = await harness.as(staff)(REVIEW, { id: claim.id, decision: 'APPROVE', approvedAmount: '1000000000.00' });
    expect(errorOf(tooMuch)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.approvedAmount' });
    expect(await harness.table.item(`CLAIM#${claim.id}`, 'CLAIM')).toMatchObject({ version: 1 });
  });

  it('refuses to issue a policy whose premium could not be charged: no valid document in the sign-in', async () => {
    const nameless = customer('c-no-document', { document: '' });
    const quoted = await quote(harness.as(nameless));
    expect(errorOf(await harness.as(nameless)(ISSUE, { quoteId: quoted.id, installments: 1 }))?.code).toBe('UNPROCESSABLE');
  });

  it('asks anonymous callers to sign in before quoting', async () => {
    const result = await harness.as(ANONYMOUS)(
      `mutation { quoteAutoInsurance(input: { vehicle: { make: "VW", model: "Gol", year: 2020, plate: "ABC1234", fipeValue: "50000.00" }, driver: { name: "Ana", cpf: "52998224725", birthDate: "1985-01-01", licensedSince: "2005-01-01" }, postalCode: "80010000", use: PRIVATE, bonusClass: 0, coverages: [COLLISION], deductible: STANDARD }, idempotencyKey: "${randomUUID()}") { quote { id } } }`,
    );

    expect(errorOf(result)?.code).toBe('UNAUTHENTICATED');
  });
});
