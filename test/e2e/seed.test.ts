import { DEMO_CUSTOMERS } from '../../gateway/src/dev/demo-customers';
import { seedDemo } from '../../gateway/src/dev/seed';
import { startStack, type Stack } from './stack';

const STORY = `{ me {
  name
  pixKeys { type }
  pixCharges(first: 20) { edges { node { status amount description } } }
  pixTransfers { edges { node { status amount } } }
  loans { edges { node { status purpose installments { number status } } } }
  autoQuotes { edges { node { status } } }
  autoPolicies { edges { node { status claims { edges { node { status type } } } } } }
} }`;

interface Story {
  me: {
    name: string;
    pixKeys: { type: string }[];
    pixCharges: { edges: { node: { status: string; amount: string; description: string } }[] };
    pixTransfers: { edges: { node: { status: string; amount: string } }[] };
    loans: { edges: { node: { status: string; purpose: string; installments: { number: number; status: string }[] } }[] };
    autoQuotes: { edges: { node: { status: string } }[] };
    autoPolicies: { edges: { node: { status: string; claims: { edges: { node: { status: string; type: string } }[] } } }[] };
  };
}

describe('npm run seed: two demo customers with a story, through the public API', () => {
  let stack: Stack;
  const story = async (customer: (typeof DEMO_CUSTOMERS)[keyof typeof DEMO_CUSTOMERS]) => (await stack.as({ ...customer })(STORY)).data as unknown as Story;
  beforeAll(async () => {
    stack = await startStack();
    await seedDemo(new URL(stack.gateway.url).origin);
  }, 90_000);
  afterAll(() => stack.stop());

  it('gives Ana keys, a paid and an open charge, a transfer, a loan in each reachable state, quotes and an active policy with a claim', async () => {
    const { me } = await story(DEMO_CUSTOMERS.ana);
    expect(me.pixKeys.map(({ type }) => type).sort()).toEqual(['CPF', 'EMAIL', 'EVP', 'PHONE']);
    expect(me.pixCharges.edges.map(({ node }) => node.status).sort()).toEqual(['ACTIVE', 'COMPLETED']);
    expect(me.pixTransfers.edges.map(({ node }) => node)).toEqual([{ status: 'SETTLED', amount: '35.90' }]);
    expect(me.loans.edges.map(({ node }) => node.status).sort()).toEqual(['ACTIVE', 'APPROVED', 'REJECTED', 'SETTLED']);
    expect(me.loans.edges.find(({ node }) => node.status === 'ACTIVE')?.node.installments[0]).toEqual({ number: 1, status: 'PAID' });
    expect(me.autoQuotes.edges).toHaveLength(2);
    expect(me.autoPolicies.edges.map(({ node }) => node)).toEqual([{ status: 'ACTIVE', claims: { edges: [{ node: { status: 'OPEN', type: 'GLASS' } }] } }]);
  });

  it('gives Padaria Lima the company keys, its charges, the Pix it received and a loan whose disbursement failed', async () => {
    const { me } = await story(DEMO_CUSTOMERS.padaria);
    expect(me.pixKeys.map(({ type }) => type).sort()).toEqual(['CNPJ', 'EMAIL', 'EVP']);
    expect(me.pixCharges.edges.map(({ node }) => node.status).sort()).toEqual(['ACTIVE', 'COMPLETED']);
    expect(me.loans.edges.map(({ node }) => node.status)).toEqual(['DISBURSEMENT_FAILED']);
  });

  it('changes nothing when run again', async () => {
    const before = await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)]);
    const customers = await seedDemo(new URL(stack.gateway.url).origin);
    expect(await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)])).toEqual(before);
    expect(customers.map(({ customer }) => customer.sub)).toEqual([DEMO_CUSTOMERS.ana.sub, DEMO_CUSTOMERS.padaria.sub]);
  }, 60_000);
});
