import { randomUUID } from 'node:crypto';
import { eventually, ManualClock } from '@bank/testing';
import { tokenFor } from '../../gateway/test/support';
import { collectSubscription, openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const ANA = { sub: 'c-ana-policy-auto-debit', name: 'Ana Lima', document: '52998224725' };

const QUOTE = `mutation($input: AutoQuoteInput!) { quoteAutoInsurance(input: $input) { quote { id installmentOptions { count firstAmount amount } } } }`;
const quoteInput = {
  vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ABC1D23', fipeValue: '80000.00' },
  driver: { name: 'Ana Lima', cpf: '529.982.247-25', birthDate: '1990-05-10', licensedSince: '2010-01-15' },
  postalCode: '80010-000',
  use: 'PRIVATE',
  bonusClass: 3,
  coverages: ['COLLISION', 'THEFT', 'GLASS'],
  deductible: 'STANDARD',
};
const POLICY = `query($id: ID!) {
  autoPolicy(id: $id) {
    status premiumPaid nextInstallmentDue
    premiumCharges { txid status }
    autoDebit { enabled attempts { installmentNumber amount status failureReason } }
  }
}`;
interface Policy {
  readonly status: string;
  readonly premiumPaid: string;
  readonly nextInstallmentDue: string | null;
  readonly premiumCharges: { txid: string; status: string }[];
  readonly autoDebit: { enabled: boolean; attempts: { installmentNumber: number; amount: string; status: string; failureReason: string | null }[] };
}

describe('premium installments paid by automatic debit from the checking account, through the gateway', () => {
  const clock = new ManualClock();
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(undefined, { insurance: { clock, autoDebitIntervalMs: 100, premiumChargeIntervalMs: 100 } });
  });
  afterAll(() => stack.stop());

  const readPolicy = async (id: string) => (await stack.as(ANA)(POLICY, { id })).data?.autoPolicy as Policy;

  it('debits installment 2 on its due date (its charge removed at Pix); installment 3, short of funds, stays open and the holder is told on myPaymentUpdates; cancelled, its charge is removed', async () => {
    const accountId = await openCheckingAccount(stack, ANA);
    const { quote } = (await stack.as(ANA)(QUOTE, { input: quoteInput })).data?.quoteAutoInsurance as {
      quote: { id: string; installmentOptions: { count: number; firstAmount: string; amount: string }[] };
    };
    const plan = quote.installmentOptions[2]!;
    const issued = await stack.as(ANA)(`mutation($q: ID!) { issueAutoPolicy(input: { quoteId: $q, installments: 3 }) { policy { id } } }`, { q: quote.id });
    const policyId = (issued.data?.issueAutoPolicy as { policy: { id: string } }).policy.id;
    const [first] = await eventually(async () => {
      const { premiumCharges } = await readPolicy(policyId);
      expect(premiumCharges).toHaveLength(1);
      return premiumCharges;
    });
    await stack.as(ANA)(`mutation($t: ID!) { simulatePixPayment(input: { txid: $t }) { payment { endToEndId } } }`, { t: first!.txid });
    await eventually(async () => expect((await readPolicy(policyId)).status).toBe('ACTIVE'));

    // Only a policy of one's own; and then it is on.
    const stranger = await stack.as({ sub: 'c-someone-else', name: 'Outro', document: '11144477735' })(
      `mutation($input: SetPolicyAutoDebitInput!) { setPolicyAutoDebit(input: $input) { policy { id } } }`,
      { input: { policyId, enabled: true } },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const set = await stack.as(ANA)(
      `mutation($input: SetPolicyAutoDebitInput!) { setPolicyAutoDebit(input: $input) { policy { autoDebit { enabled attempts { status } } } } }`,
      { input: { policyId, enabled: true } },
    );
    expect(set.data).toEqual({ setPolicyAutoDebit: { policy: { autoDebit: { enabled: true, attempts: [] } } } });

    // Enough for installment 2, not for 3.
    await stack.as(ANA)(
      `mutation($id: ID!, $a: Decimal!, $k: String!) { simulateDeposit(input: { accountId: $id, amount: $a }, idempotencyKey: $k) { reference } }`,
      {
        id: accountId,
        a: plan.amount,
        k: randomUUID(),
      },
    );
    const updates = collectSubscription(
      stack.wsClient({ authorization: `Bearer ${tokenFor(ANA)}` }),
      `subscription { myPaymentUpdates { kind amount failureReason } }`,
    );
    const activity = collectSubscription(
      stack.wsClient({ authorization: `Bearer ${tokenFor(ANA)}` }),
      `subscription($id: ID!) { accountActivity(accountId: $id) { kind amount } }`,
      { id: accountId },
    );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThanOrEqual(2));

    const secondDue = (await readPolicy(policyId)).nextInstallmentDue!;
    clock.set(`${secondDue}T15:00:00Z`);
    const paid = await eventually(
      async () => {
        const policy = await readPolicy(policyId);
        expect(policy.autoDebit.attempts).toEqual([{ installmentNumber: 2, amount: plan.amount, status: 'PAID', failureReason: null }]);
        return policy;
      },
      { timeoutMs: 20_000 },
    );
    expect(Number(paid.premiumPaid)).toBeCloseTo(Number(plan.firstAmount) + Number(plan.amount), 2);
    const afterSecond = await statementOf(stack, ANA, accountId);
    expect(afterSecond.posted).toBe('0.00');
    expect(afterSecond.lines[0]).toEqual({
      amount: `-${plan.amount}`,
      kind: 'INSURANCE_PREMIUM',
      description: `Auto insurance ${policyId}: installment 2 of 3`,
    });
    await eventually(() =>
      expect(activity.received.map(({ data }) => data?.accountActivity)).toContainEqual({ kind: 'INSURANCE_PREMIUM', amount: `-${plan.amount}` }),
    );
    // Its Pix charge no longer applies: removed at Pix, nobody can pay it twice.
    await eventually(async () => expect((await readPolicy(policyId)).premiumCharges[1]).toMatchObject({ status: 'REMOVED_BY_PSP' }), { timeoutMs: 15_000 });

    // Installment 3: nothing left. Nothing moves, the installment stays open, the holder is told.
    const thirdDue = paid.nextInstallmentDue!;
    expect(thirdDue > secondDue).toBe(true);
    clock.set(`${thirdDue}T15:00:00Z`);
    const failed = await eventually(
      async () => {
        const policy = await readPolicy(policyId);
        expect(policy.autoDebit.attempts[1]).toEqual({ installmentNumber: 3, amount: plan.amount, status: 'FAILED', failureReason: 'INSUFFICIENT_FUNDS' });
        return policy;
      },
      { timeoutMs: 20_000 },
    );
    expect(failed).toMatchObject({ status: 'ACTIVE', premiumPaid: paid.premiumPaid, nextInstallmentDue: thirdDue });
    expect((await statementOf(stack, ANA, accountId)).posted).toBe('0.00');
    await eventually(() =>
      expect(updates.received.map(({ data }) => data?.myPaymentUpdates)).toContainEqual({
        kind: 'AUTO_DEBIT_FAILED',
        amount: plan.amount,
        failureReason: 'INSUFFICIENT_FUNDS',
      }),
    );

    // The holder cancels: the open charge of installment 3 is removed at Pix too (issue 12).
    await eventually(async () => expect((await readPolicy(policyId)).premiumCharges[2]).toMatchObject({ status: 'ACTIVE' }), { timeoutMs: 15_000 });
    const cancelled = await stack.as(ANA)(`mutation($p: ID!) { cancelAutoPolicy(input: { policyId: $p, reason: "Sold the car" }) { policy { status } } }`, {
      p: policyId,
    });
    expect(cancelled.data).toEqual({ cancelAutoPolicy: { policy: { status: 'CANCELLED' } } });
    await eventually(async () => expect((await readPolicy(policyId)).premiumCharges[2]).toMatchObject({ status: 'REMOVED_BY_PSP' }), { timeoutMs: 15_000 });
  });
});
