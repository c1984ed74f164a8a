import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria-limits', name: 'Maria Silva', document: '52998224725' };

describe('operation limits on the composed schema', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = `{ me { loans { edges { node { customer { loans { edges { node { customer { loans { edges { node { id } } } } } } } } } } } } }`;
    const response = await stack.as(MARIA)(deep);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/depth limit/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(response.data).toBeUndefined();
  });

  it('refuses a query whose cost is over the limit', async () => {
    const charge = 'charge { txid status amount brCode key receiverName description createdAt expiresAt payments { endToEndId amount paidAt refundedAmount } }';
    const nested = `loans(first: 3) { edges { node { customer { loans(first: 3) { edges { node { installments { number dueDate payment interest amortization balance ${charge} } } } } } } } }`;
    const wide = Array.from({ length: 14 }, (_, i) => `a${i}: me { ${nested} }`).join(' ');
    const response = await stack.as(MARIA)(`{ ${wide} }`);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cost/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses a page size given as a variable over the cap, as it refuses the literal', async () => {
    const query = `query($n: Int) { me { pixCharges(first: $n) { edges { node { txid amount } } } } }`;
    const byVariable = await stack.as(MARIA)(query, { n: 5_000 });
    expect(byVariable.errors?.[0]).toMatchObject({ message: expect.stringMatching(/at most 100/), extensions: { code: 'BAD_USER_INPUT' } });
    const literal = await stack.as(MARIA)(`{ me { pixCharges(first: 101) { edges { node { txid } } } } }`);
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('computes the cost with the variables applied: pages multiply what they select', async () => {
    const charge = 'txid status amount brCode key receiverName description createdAt expiresAt';
    const wide = Array.from({ length: 15 }, (_, i) => `a${i}: pixCharges(first: $n) { edges { node { ${charge} } } }`).join(' ');
    const response = await stack.as(MARIA)(`query($n: Int) { me { ${wide} } }`, { n: 100 });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cost/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect((await stack.as(MARIA)(`query($n: Int) { me { ${wide} } }`, { n: 2 })).errors).toBeUndefined();
  });

  it('lets an ordinary overview through', async () => {
    const response = await stack.as(MARIA)(`{ me { id loans { edges { node { id installments { number } } } } pixKeys { key } } }`);
    expect(response.errors).toBeUndefined();
  });
});
