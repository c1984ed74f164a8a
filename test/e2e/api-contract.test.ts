import { randomUUID } from 'node:crypto';
import { eventually } from '@bank/testing';
import {
  CreateCheckoutChargeDocument,
  IssueAutoPolicyDocument,
  PayCheckoutChargeDocument,
  QuoteAutoInsuranceDocument,
  RegisterRandomKeyDocument,
  type AutoQuoteInput,
} from '../../schema/operations/generated/graphql';
import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria-contract', name: 'Maria Silva', document: '52998224725' };

const quoteInput: AutoQuoteInput = {
  vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ABC1D23', fipeValue: '80000.00' },
  driver: { name: 'Maria Silva', cpf: '529.982.247-25', birthDate: '1990-05-10', licensedSince: '2010-01-15' },
  postalCode: '80010-000',
  use: 'PRIVATE',
  bonusClass: 3,
  coverages: ['COLLISION', 'THEFT'],
  deductible: 'STANDARD',
} as unknown as AutoQuoteInput;

describe('the shipped operations as a frontend runs them (issue 12)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const randomKey = async (): Promise<string> => {
    const { data } = await stack.run(MARIA, RegisterRandomKeyDocument);
    return data!.registerPixKey.pixKey.key;
  };

  it('refundPixPayment answers the refund it made, and a retry with the same idempotency key refunds once', async () => {
    const created = await stack.run(MARIA, CreateCheckoutChargeDocument, { input: { key: await randomKey(), amount: '80.00' }, idempotencyKey: randomUUID() });
    expect(created.errors).toBeUndefined();
    const paid = await stack.run(MARIA, PayCheckoutChargeDocument, { input: { txid: created.data!.createPixCharge.charge.txid } });
    const endToEndId = paid.data!.simulatePixPayment.payment.endToEndId;
    const REFUND = `mutation($e2e: ID!, $key: String!) { refundPixPayment(input: { endToEndId: $e2e, amount: "30.00", reason: "Devolvido" }, idempotencyKey: $key) { refund { id endToEndId amount status } } }`;
    const key = randomUUID();
    const first = await stack.as(MARIA)(REFUND, { e2e: endToEndId, key });
    expect(first.errors).toBeUndefined();
    expect((first.data?.refundPixPayment as { refund: unknown }).refund).toMatchObject({ endToEndId, amount: '30.00', status: 'COMPLETED' });
    const retry = await stack.as(MARIA)(REFUND, { e2e: endToEndId, key });
    expect(retry.data).toEqual(first.data);
    const read = await stack.as(MARIA)(`query($t: ID!) { pixCharge(txid: $t) { payments { refundedAmount refunds { id } } } }`, {
      t: created.data!.createPixCharge.charge.txid,
    });
    expect(read.data).toEqual({
      pixCharge: { payments: [{ refundedAmount: '30.00', refunds: [{ id: (first.data?.refundPixPayment as { refund: { id: string } }).refund.id }] }] },
    });
  });

  it('IssueAutoPolicy answers the policy with its premium charge payable at once, never data: null', async () => {
    const quoted = await stack.run(MARIA, QuoteAutoInsuranceDocument, { input: quoteInput });
    const quote = quoted.data!.quoteAutoInsurance.quote;
    const { data, errors } = await stack.run(MARIA, IssueAutoPolicyDocument, { input: { quoteId: quote.id, installments: 1 } });
    expect(errors).toBeUndefined();
    expect(data?.issueAutoPolicy.policy).toMatchObject({ status: 'PENDING_PAYMENT', premiumCharges: [{ amount: quote.installmentOptions[0]!.firstAmount }] });
    expect(data?.issueAutoPolicy.policy.premiumCharges[0]!.brCode).toMatch(/^000201/);
  });

  describe('a malformed scalar is BAD_USER_INPUT naming the argument, through the gateway', () => {
    const charge = (amount: unknown) => ({ input: { key: 'maria-contract@example.com', amount }, idempotencyKey: randomUUID() }) as never;
    it.each([['1e3'], ['NaN'], [' 1.00 '], [1000]])('Decimal %j', async (amount) => {
      const { data, errors } = await stack.run(MARIA, CreateCheckoutChargeDocument, charge(amount));
      expect(data ?? null).toBeNull();
      expect(errors?.map(({ extensions }) => extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.amount', serviceName: 'pix' }]);
    });

    it('Date 2026-02-30', async () => {
      const input = { ...quoteInput, driver: { ...quoteInput.driver, birthDate: '1990-02-30' } } as never;
      const { errors } = await stack.run(MARIA, QuoteAutoInsuranceDocument, { input });
      expect(errors?.map(({ extensions }) => extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.driver.birthDate', serviceName: 'insurance' }]);
    });

    it('DateTime without a zone; a bad literal in the query is BAD_USER_INPUT too', async () => {
      const FILE = `mutation($input: FileAutoClaimInput!) { fileAutoClaim(input: $input, idempotencyKey: "k") { claim { id } } }`;
      const variables = { input: { policyId: 'p', type: 'GLASS', occurredAt: '2026-01-10T10:00:00', description: 'Vidro', estimatedAmount: '10.00' } };
      expect((await stack.as(MARIA)(FILE, variables)).errors?.map(({ extensions }) => extensions)).toEqual([
        { code: 'BAD_USER_INPUT', field: 'input.occurredAt', serviceName: 'insurance' },
      ]);
      const literal = await stack.as(MARIA)(
        `query { loanSimulation(input: { principal: "1e3", termMonths: 12, monthlyRate: "1.99", system: PRICE }) { totalPaid } }`,
      );
      expect(literal.errors?.map(({ extensions }) => extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.principal', serviceName: 'loans' }]);
    });
  });

  it('refuses, without writing it, a charge whose BR Code could not carry the receiver name', async () => {
    const LI = { sub: 'c-li-contract', name: '李小龍', document: '11144477735' };
    const key = (await stack.run(LI, RegisterRandomKeyDocument)).data!.registerPixKey.pixKey.key;
    const { errors } = await stack.run(LI, CreateCheckoutChargeDocument, { input: { key, amount: '10.00' }, idempotencyKey: randomUUID() });
    expect(errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
    expect((await stack.as(LI)(`{ me { pixCharges(first: 5) { edges { node { txid } } } } }`)).data).toEqual({ me: { pixCharges: { edges: [] } } });
  });

  it('lets the receiver read a transfer credited to them: the payer by name and masked document only', async () => {
    const JOAO = { sub: 'c-joao-contract', name: 'João Souza', document: '11144477735' };
    const joaosKey = (await stack.run(JOAO, RegisterRandomKeyDocument)).data!.registerPixKey.pixKey.key;
    const OPEN = `mutation($k: String!) { openAccount(input: { kind: CHECKING }, idempotencyKey: $k) { account { id } } }`;
    // A Pix to a key of this bank is credited to the key holder's checking account.
    expect((await stack.as(JOAO)(OPEN, { k: randomUUID() })).errors).toBeUndefined();
    const account = await stack.as(MARIA)(OPEN, { k: randomUUID() });
    const accountId = (account.data?.openAccount as { account: { id: string } }).account.id;
    await stack.as(MARIA)(`mutation($id: ID!, $k: String!) { simulateDeposit(input: { accountId: $id, amount: "12.00" }, idempotencyKey: $k) { reference } }`, {
      id: accountId,
      k: randomUUID(),
    });
    const sent = await stack.as(MARIA)(
      `mutation($from: ID!, $to: String!, $k: String!) { sendPix(input: { fromAccountId: $from, toKey: $to, amount: "12.00" }, idempotencyKey: $k) { pix { id } } }`,
      { from: accountId, to: joaosKey, k: randomUUID() },
    );
    expect(sent.errors).toBeUndefined();
    const id = (sent.data?.sendPix as { pix: { id: string } }).pix.id;
    const READ = `query($id: ID!) { pixTransfer(id: $id) { status amount payer { name document } } }`;
    await eventually(async () =>
      expect((await stack.as(JOAO)(READ, { id })).data).toEqual({
        pixTransfer: { status: 'SETTLED', amount: '12.00', payer: { name: 'Maria Silva', document: '***.982.247-**' } },
      }),
    );
    const stranger = await stack.as({ sub: 'c-stranger-contract', name: 'Ana', document: '39053344705' })(READ, { id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
