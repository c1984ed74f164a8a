import { customer, eventually, useHarness } from '@bank/testing';
import { chargeDueInstallments } from '../../src/application/premium-installments';
import { activePolicy, CANCEL, premiumReference, startInsurance, type PolicyView } from './support';

const POLICY = `query($id: ID!) { autoPolicy(id: $id) { status premiumPaid nextInstallmentDue premiumCharges { txid } } }`;
type Installments = Pick<PolicyView, 'status' | 'premiumPaid' | 'premiumCharges'> & { nextInstallmentDue: string | null };

const LEAD_DAYS = 10;

describe('the later premium installments', () => {
  const harness = useHarness(() => startInsurance({ premiumChargeIntervalMs: 25 }));

  const view = async (owner: string, id: string): Promise<Installments> => {
    const result = await harness.as(customer(owner))<{ autoPolicy: Installments }>(POLICY, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.autoPolicy;
  };
  const dueIndexOf = async (id: string) => (await harness.table.item(`POLICY#${id}`, 'POLICY'))?.premiumDueOn;
  const runNow = () => chargeDueInstallments(harness.service.insurance, LEAD_DAYS);
  const requestsFor = (id: string, installment: number) =>
    harness.pix.events.filter(
      (event) =>
        event.type === 'insurance.pix.charge-requested' && premiumReference(id, installment).test((event.data as { reference: { id: string } }).reference.id),
    );

  it('charges installments 2 and 3 of a policy once each, 10 days before they fall due, until the total premium is paid', async () => {
    const owner = 'c-three-installments';
    const { id } = await activePolicy(harness, customer(owner), { installments: 3, paidAt: new Date('2025-06-16T15:00:00Z') });
    expect(await view(owner, id)).toMatchObject({ premiumPaid: '749.17', nextInstallmentDue: '2025-07-16' });
    expect(await dueIndexOf(id)).toBe('2025-07-16');

    harness.clock.set('2025-07-05T15:00:00Z');
    expect(await runNow()).toBe(0);
    expect((await view(owner, id)).premiumCharges).toHaveLength(1);

    harness.clock.set('2025-07-06T15:00:00Z');
    const [second] = await harness.pix.requested('charge-requested', premiumReference(id, 2));
    expect(second!.data).toMatchObject({
      txid: `${id}P02`,
      amount: '749.17',
      payer: { customerId: owner },
      reference: { source: 'insurance', id: `policy/${id}/premium/2` },
    });
    await eventually(async () => expect(await dueIndexOf(id)).toBe('2025-08-16'));
    expect(await runNow()).toBe(0);

    await harness.pix.payCharge(second!, new Date('2025-07-10T15:00:00Z'));
    await eventually(async () => expect(await view(owner, id)).toMatchObject({ premiumPaid: '1498.34', nextInstallmentDue: '2025-08-16' }));

    harness.clock.set('2025-08-06T15:00:00Z');
    const [third] = await harness.pix.requested('charge-requested', premiumReference(id, 3));
    expect(third!.data).toMatchObject({ txid: `${id}P03`, amount: '749.17' });
    await eventually(async () => expect(await dueIndexOf(id)).toBeUndefined());
    await harness.pix.payCharge(third!, new Date('2025-08-07T15:00:00Z'));
    await eventually(async () => expect(await view(owner, id)).toMatchObject({ status: 'ACTIVE', premiumPaid: '2247.51', nextInstallmentDue: null }));

    harness.clock.set('2025-12-01T15:00:00Z');
    expect(await runNow()).toBe(0);
    expect((await view(owner, id)).premiumCharges).toEqual([{ txid: `${id}P01` }, { txid: `${id}P02` }, { txid: `${id}P03` }]);
    expect([requestsFor(id, 2).length, requestsFor(id, 3).length]).toEqual([1, 1]);
  });

  it('requests nothing more once the policy is cancelled, and sends back an installment paid after that', async () => {
    const owner = 'c-cancels-installments';
    const { id } = await activePolicy(harness, customer(owner), { installments: 3, paidAt: new Date('2025-06-16T15:00:00Z') });
    harness.clock.set('2025-07-06T15:00:00Z');
    const [second] = await harness.pix.requested('charge-requested', premiumReference(id, 2));
    // Pix's confirmation of the charge changes the policy too: cancel once it is recorded.
    await eventually(async () => expect((await view(owner, id)).premiumCharges).toHaveLength(2));

    harness.clock.set('2025-07-08T15:00:00Z');
    const cancelled = await harness.as(customer(owner))<{ cancelAutoPolicy: { policy: PolicyView } }>(CANCEL, { id, reason: 'Sold the car' });
    expect(cancelled.data?.cancelAutoPolicy.policy.status).toBe('CANCELLED');
    expect(await dueIndexOf(id)).toBeUndefined();

    await harness.pix.payCharge(second!, new Date('2025-07-09T15:00:00Z'));
    const [returned] = await harness.accounts.requested('credit', new RegExp(`^policy/${id}/premium-return/${id}P02/1$`));
    expect(returned!.data).toMatchObject({ customerId: owner, amount: '749.17' });

    harness.clock.set('2025-08-10T15:00:00Z');
    expect(await runNow()).toBe(0);
    expect(await view(owner, id)).toMatchObject({
      status: 'CANCELLED',
      premiumPaid: '749.17',
      nextInstallmentDue: null,
      premiumCharges: [{ txid: `${id}P01` }, { txid: `${id}P02` }],
    });
    expect(requestsFor(id, 3)).toEqual([]);
  });
});
