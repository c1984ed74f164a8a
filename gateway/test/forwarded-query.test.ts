import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { forwardedQuery } from '../src/subscriptions/forwarded-query';

const schema = buildSchema(`
  type Query { pixCharge(txid: ID!): Charge }
  type Charge { txid: ID! status: String! qrCodePng(size: Int): String }
  type Subscription { pixChargeStatusChanged(txid: ID!): Charge! }
`);

/** The query a subscription payload would forward for `txid`, from the client's operation. */
async function forwardedFor(operation: string, txid: string, variables: Record<string, unknown> = {}) {
  let forwarded: ReturnType<typeof forwardedQuery> | undefined;
  const fields = schema.getQueryType()!.getFields();
  fields.pixCharge!.resolve = (_source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    forwarded = forwardedQuery(info, 'pixCharge', { txid });
    return null;
  };
  await graphql({ schema, source: operation, variableValues: variables });
  return forwarded!;
}

describe('forwardedQuery', () => {
  it('asks for the same text for every charge, the argument in a variable, so the gateway plans it once', async () => {
    const operation = `query($size: Int) { pixCharge(txid: "ignored") { status png: qrCodePng(size: $size) } }`;
    const [first, second] = [await forwardedFor(operation, 'TX1', { size: 4 }), await forwardedFor(operation, 'TX2', { size: 4 })];
    expect(first.query).toBe(second.query);
    expect(first.query).toBe(
      'query Forwarded($forwarded_txid: ID!, $size: Int) { pixCharge(txid: $forwarded_txid) {\n  status\n  png: qrCodePng(size: $size)\n} }',
    );
    expect([first.variables, second.variables]).toEqual([
      { size: 4, forwarded_txid: 'TX1' },
      { size: 4, forwarded_txid: 'TX2' },
    ]);
  });

  it("names the argument's variable apart from the client's own", async () => {
    const forwarded = await forwardedFor(`query($forwarded_txid: Int) { pixCharge(txid: "x") { qrCodePng(size: $forwarded_txid) } }`, 'TX3', {
      forwarded_txid: 2,
    });
    expect(forwarded.query).toContain('pixCharge(txid: $_forwarded_txid)');
    expect(forwarded.variables).toEqual({ forwarded_txid: 2, _forwarded_txid: 'TX3' });
  });
});
