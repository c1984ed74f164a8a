import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria-paths', name: 'Maria Silva', document: '52998224725' };

describe('a bad input names its full argument path, written inline or in a variable (issue 12)', () => {
  let stack: Stack;
  let key: string;
  beforeAll(async () => {
    stack = await startStack();
    const { data } = await stack.as(MARIA)(`mutation($k: String!) { registerPixKey(input: { type: EVP }, idempotencyKey: $k) { pixKey { key } } }`, {
      k: randomUUID(),
    });
    key = (data?.registerPixKey as { pixKey: { key: string } }).pixKey.key;
  }, 120_000);
  afterAll(() => stack.stop());

  const fieldsOf = async (query: string, variables: Record<string, unknown>) =>
    (await stack.as(MARIA)(query, { idempotencyKey: randomUUID(), ...variables })).errors?.map(({ extensions }) => extensions);

  describe('refused by the use case (a zero amount)', () => {
    it.each([
      [
        'a literal',
        `mutation($k: String!, $idempotencyKey: String!) { createPixCharge(input: { key: $k, amount: "0.00" }, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
        {},
      ],
      [
        'the input in a variable',
        `mutation($i: CreatePixChargeInput!, $idempotencyKey: String!) { createPixCharge(input: $i, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
        { amount: '0.00' },
      ],
      [
        'the amount in a variable',
        `mutation($k: String!, $a: Decimal, $idempotencyKey: String!) { createPixCharge(input: { key: $k, amount: $a }, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
        {},
      ],
    ])('%s: input.amount', async (_, query, input) => {
      const variables = { k: key, a: '0.00', i: { key, ...input } };
      expect(await fieldsOf(query, variables)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.amount', serviceName: 'pix' }]);
    });
  });

  describe('refused by the scalar (a Decimal written as 1e3)', () => {
    it.each([
      [
        'a literal',
        `mutation($k: String!, $idempotencyKey: String!) { createPixCharge(input: { key: $k, amount: "1e3" }, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
      ],
      [
        'the input in a variable named otherwise',
        `mutation($i: CreatePixChargeInput!, $idempotencyKey: String!) { createPixCharge(input: $i, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
      ],
      [
        'the amount in a variable',
        `mutation($k: String!, $a: Decimal, $idempotencyKey: String!) { createPixCharge(input: { key: $k, amount: $a }, idempotencyKey: $idempotencyKey) { charge { txid } } }`,
      ],
    ])('%s: input.amount', async (_, query) => {
      const variables = { k: key, a: '1e3', i: { key, amount: '1e3' } };
      expect(await fieldsOf(query, variables)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.amount', serviceName: 'pix' }]);
    });

    it('a literal nested in a query: input.principal', async () => {
      const { errors } = await stack.as(MARIA)(
        `query { loanSimulation(input: { principal: "1e3", termMonths: 12, monthlyRate: "1.99", system: PRICE }) { totalPaid } }`,
      );
      expect(errors?.map(({ extensions }) => extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.principal', serviceName: 'loans' }]);
    });
  });
});
