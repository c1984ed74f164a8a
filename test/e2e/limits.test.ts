import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria-limits', name: 'Maria Silva', document: '52998224725' };

describe('operation limits on the composed schema', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = `{ me { loans { customer { loans { customer { loans { customer { loans { customer { loans { id } } } } } } } } } } }`;
    const response = await stack.as(MARIA)(deep);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/depth limit/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(response.data).toBeUndefined();
  });

  it('refuses a query whose cost is over the limit', async () => {
    const charge = 'charge { txid status amount brCode key receiverName description createdAt expiresAt payments { endToEndId amount paidAt refundedAmount } }';
    const nested = `loans { customer { loans { customer { loans { installments { number dueDate payment interest amortization balance ${charge} } } } } } }`;
    const wide = Array.from({ length: 14 }, (_, i) => `a${i}: me { ${nested} }`).join(' ');
    const response = await stack.as(MARIA)(`{ ${wide} }`);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cost/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('lets an ordinary overview through', async () => {
    const response = await stack.as(MARIA)(`{ me { id loans { id installments { number } } pixKeys { key } } }`);
    expect(response.errors).toBeUndefined();
  });
});
