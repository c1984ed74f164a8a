import { randomUUID } from 'node:crypto';
import { eventually } from '@bank/testing';
import { tokenFor } from '../../gateway/test/support';
import { openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const MARIA = { sub: 'c-maria-ins', name: 'Maria Silva', document: '52998224725' };
const JOAO = { sub: 'c-joao-ins', name: 'João Souza', document: '11144477735' };
const STAFF = { sub: 's-ana', roles: ['staff'], name: 'Ana', document: '39053344705' };

const QUOTE = `mutation($input: AutoQuoteInput!, $idempotencyKey: String!) { quoteAutoInsurance(input: $input, idempotencyKey: $idempotencyKey) { quote { id status totalPremium installmentOptions { count firstAmount } } } }`;
const quoteInput = {
  vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ABC1D23', fipeValue: '80000.00' },
  driver: { name: 'Maria Silva', cpf: '529.982.247-25', birthDate: '1990-05-10', licensedSince: '2010-01-15' },
  postalCode: '80010-000',
  use: 'PRIVATE',
  bonusClass: 3,
  coverages: ['COLLISION', 'THEFT', 'GLASS'],
  deductible: 'STANDARD',
};

describe('auto insurance paid by Pix, across subgraphs through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.as(MARIA)(`mutation { registerPixKey(input: { type: CPF, key: "52998224725" }, idempotencyKey: "${randomUUID()}") { pixKey { key } } }`);
    mariaAccount = await openCheckingAccount(stack, MARIA);
  });
  let mariaAccount: string;
  afterAll(() => stack.stop());

  it('quote → policy → premium charge created by Pix → paid → ACTIVE → claim → approved → payout credited to the checking account → PAID', async () => {
    const { quote } = (await stack.as(MARIA)(QUOTE, { input: quoteInput })).data?.quoteAutoInsurance as {
      quote: { id: string; installmentOptions: { count: number; firstAmount: string }[] };
    };
    const issued = await stack.as(MARIA)(
      `mutation($q: ID!) { issueAutoPolicy(input: { quoteId: $q, installments: 1 }, idempotencyKey: "${randomUUID()}") { policy { id status } } }`,
      {
        q: quote.id,
      },
    );
    const policyId = (issued.data?.issueAutoPolicy as { policy: { id: string; status: string } }).policy.id;
    expect(issued.data?.issueAutoPolicy).toMatchObject({ policy: { status: 'PENDING_PAYMENT' } });

    // The premium charge is requested by event; Pix creates it, payable by Maria.
    const charge = await eventually(async () => {
      const read = await stack.as(MARIA)(`query($id: ID!) { autoPolicy(id: $id) { premiumCharges { txid status amount brCode } } }`, { id: policyId });
      const [first] = (read.data?.autoPolicy as { premiumCharges: { txid: string; status: string; amount: string; brCode: string }[] }).premiumCharges;
      expect(first).toMatchObject({ status: 'ACTIVE', amount: quote.installmentOptions[0]!.firstAmount });
      return first!;
    });

    // The checkout screen waiting on the premium charge sees the policy it pays (a field insurance contributes).
    const notified: unknown[] = [];
    const listening = stack.gateway.hub.listenerCount();
    stack
      .wsClient({ authorization: `Bearer ${tokenFor(MARIA)}` })
      .subscribe(
        { query: `subscription($t: ID!) { pixChargeStatusChanged(txid: $t) { status autoPolicy { id } } }`, variables: { t: charge.txid } },
        { next: (value) => void notified.push(value), error: () => undefined, complete: () => undefined },
      );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(listening));
    await stack.as(MARIA)(`mutation($t: ID!) { simulatePixPayment(input: { txid: $t }, idempotencyKey: "${randomUUID()}") { payment { endToEndId } } }`, {
      t: charge.txid,
    });
    await eventually(() => expect(notified).toEqual([{ data: { pixChargeStatusChanged: { status: 'COMPLETED', autoPolicy: { id: policyId } } } }]));
    await eventually(async () => {
      const read = await stack.as(MARIA)(`query($id: ID!) { autoPolicy(id: $id) { status premiumPaid } }`, { id: policyId });
      expect(read.data?.autoPolicy).toEqual({ status: 'ACTIVE', premiumPaid: quote.installmentOptions[0]!.firstAmount });
    });

    const claim = await stack.as(MARIA)(
      `mutation($p: ID!) { fileAutoClaim(input: { policyId: $p, type: GLASS, occurredAt: "${new Date().toISOString()}", description: "Para-brisa trincado", estimatedAmount: "1500.00" }, idempotencyKey: "${randomUUID()}") { claim { id status } } }`,
      { p: policyId },
    );
    const claimId = (claim.data?.fileAutoClaim as { claim: { id: string } }).claim.id;
    const reviewed = await stack.as(STAFF)(
      `mutation($c: ID!) { reviewAutoClaim(input: { claimId: $c, decision: APPROVE, approvedAmount: "1200.00" }) { claim { status } } }`,
      {
        c: claimId,
      },
    );
    expect(reviewed.data).toEqual({ reviewAutoClaim: { claim: { status: 'APPROVED' } } });

    // The payout is credited to Maria's checking account from the premiums account.
    await eventually(
      async () => {
        const read = await stack.as(MARIA)(`query($c: ID!) { autoClaim(id: $c) { status payout } }`, { c: claimId });
        expect(read.data?.autoClaim).toMatchObject({ status: 'PAID' });
      },
      { timeoutMs: 15_000 },
    );
    const payout = ((await stack.as(MARIA)(`query($c: ID!) { autoClaim(id: $c) { payout } }`, { c: claimId })).data?.autoClaim as { payout: string }).payout;
    expect((await statementOf(stack, MARIA, mariaAccount)).lines).toEqual([
      { amount: payout, kind: 'INSURANCE_PAYOUT', description: `Payout of auto claim ${claimId}` },
    ]);

    // Cancelled, the policy's refund is credited to the same account.
    const cancelled = await stack.as(MARIA)(
      `mutation($p: ID!) { cancelAutoPolicy(input: { policyId: $p, reason: "Sold the car" }) { policy { status refund } } }`,
      { p: policyId },
    );
    const { refund, status } = (cancelled.data?.cancelAutoPolicy as { policy: { status: string; refund: string } }).policy;
    expect(status).toBe('CANCELLED');
    await eventually(async () =>
      expect((await statementOf(stack, MARIA, mariaAccount)).lines[0]).toEqual({
        amount: refund,
        kind: 'INSURANCE_PAYOUT',
        description: `Refund of cancelled auto insurance ${policyId}`,
      }),
    );
  });

  it('keeps another customer out of the policy by every path', async () => {
    const { quote } = (await stack.as(MARIA)(QUOTE, { input: quoteInput })).data?.quoteAutoInsurance as { quote: { id: string } };
    const asJoao = stack.as(JOAO);
    expect((await asJoao(`query($id: ID!) { autoQuote(id: $id) { id } }`, { id: quote.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await asJoao(`mutation($q: ID!) { issueAutoPolicy(input: { quoteId: $q, installments: 1 }, idempotencyKey: "${randomUUID()}") { policy { id } } }`, {
          q: quote.id,
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await asJoao(`{ me { autoQuotes { edges { node { id } } } } }`)).data).toEqual({ me: { autoQuotes: { edges: [] } } });
  });

  it('answers me with Pix and insurance together', async () => {
    const response = await stack.as(MARIA)(
      `{ me { id pixKeys { type } autoQuotes(first: 1) { edges { node { status } } } autoPolicies { edges { node { status } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toMatchObject({ id: MARIA.sub, pixKeys: [{ type: 'CPF' }] });
  });
});
