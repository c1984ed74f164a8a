import { ANONYMOUS, type Principal } from '@bank/identity';
import { customer, useHarness } from '@bank/testing';
import { premiumTxid } from '../../src/domain';
import { issue, quote, staff, startInsurance, type PolicyView } from './support';

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on PixCharge { txid autoPolicy { id status premiumCharges { txid autoPolicy { id } } } }
} }`;

interface ChargeView {
  txid: string;
  autoPolicy: { id: string; status: string; premiumCharges: { txid: string; autoPolicy: { id: string } | null }[] } | null;
}

/** PixCharge as the insurance subgraph extends it: the policy a premium charge pays, resolved from a reference as the gateway does. */
describe('PixCharge entity', () => {
  const harness = useHarness(startInsurance);
  let policy: PolicyView;
  let txid: string;
  let othersTxid: string;
  let othersPolicyId: string;
  const holder = customer('c-charge-holder');
  const other = customer('c-charge-other', { name: 'João Souza', document: '11144477735' });
  const noSuchPolicyId = `AP${'0'.repeat(20)}`;
  /** Shaped like a premium txid, for a policy that does not exist. */
  const noSuchPolicyTxid = premiumTxid(noSuchPolicyId, 1);
  /** Another subgraph's charge. */
  const foreignTxid = 'NotAnInsuranceCharge00001';

  const resolve = async (principal: Principal, txids: readonly string[]): Promise<ChargeView[]> => {
    const representations = txids.map((id) => ({ __typename: 'PixCharge', txid: id }));
    const { data, errors } = await harness.as(principal)<{ _entities: ChargeView[] }>(ENTITIES, { representations });
    expect(errors).toBeUndefined();
    return data!._entities;
  };

  const thePolicy = () => ({ id: policy.id, status: 'PENDING_PAYMENT', premiumCharges: [{ txid, autoPolicy: { id: policy.id } }] });

  beforeAll(async () => {
    policy = await issue(harness.as(holder), (await quote(harness.as(holder))).id);
    const others = await issue(harness.as(other), (await quote(harness.as(other))).id);
    [txid, othersTxid, othersPolicyId] = [policy.premiumCharges[0]!.txid, others.premiumCharges[0]!.txid, others.id];
  });

  it('a premium charge: the policy it was requested for, to the policyholder', async () => {
    expect(await resolve(holder, [txid])).toEqual([{ txid, autoPolicy: thePolicy() }]);
  });

  it('a charge that is not one of our premium charges: no policy, and no error', async () => {
    const neverRequested = premiumTxid(policy.id, 2);

    expect(await resolve(holder, [foreignTxid, noSuchPolicyTxid, neverRequested])).toEqual([
      { txid: foreignTxid, autoPolicy: null },
      { txid: noSuchPolicyTxid, autoPolicy: null },
      { txid: neverRequested, autoPolicy: null },
    ]);
  });

  it('staff see the policy; another customer and an anonymous caller get null, without an error that would tell', async () => {
    expect(await resolve(staff, [txid])).toEqual([{ txid, autoPolicy: thePolicy() }]);
    for (const principal of [other, ANONYMOUS]) expect(await resolve(principal, [txid])).toEqual([{ txid, autoPolicy: null }]);
  });

  it('resolves any number of references with one read of the policies, each still shown only to whoever may see it', async () => {
    const policyReads = jest.spyOn(harness.service.insurance.policies, 'getMany');
    const singleReads = jest.spyOn(harness.service.insurance.policies, 'get');
    try {
      const resolved = await resolve(holder, [txid, othersTxid, foreignTxid, noSuchPolicyTxid, txid]);

      expect(resolved.map((charge) => [charge.txid, charge.autoPolicy?.id ?? null])).toEqual([
        [txid, policy.id],
        [othersTxid, null],
        [foreignTxid, null],
        [noSuchPolicyTxid, null],
        [txid, policy.id],
      ]);
      expect(policyReads.mock.calls).toEqual([[[policy.id, othersPolicyId, noSuchPolicyId]]]);
      expect(singleReads).not.toHaveBeenCalled();
    } finally {
      policyReads.mockRestore();
      singleReads.mockRestore();
    }
  });

  it('reads no policy at all when no reference is a premium charge', async () => {
    const policyReads = jest.spyOn(harness.service.insurance.policies, 'getMany');
    try {
      expect(await resolve(staff, [foreignTxid])).toEqual([{ txid: foreignTxid, autoPolicy: null }]);
      expect(policyReads).not.toHaveBeenCalled();
    } finally {
      policyReads.mockRestore();
    }
  });
});
