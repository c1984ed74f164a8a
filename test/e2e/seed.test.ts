import { DEMO_CUSTOMERS } from '../../gateway/src/dev/demo-customers';
import { seedDemo } from '../../gateway/src/dev/seed';
import { gatewayEnv } from '../../gateway/src/config';
import { startStack, type Stack } from './stack';

const STORY = `{ me {
  name
  pixKeys { type status }
  pixCharges(first: 20) { edges { node { status amount description } } }
  pixTransfers { edges { node { status amount } } }
  loans { edges { node { status purpose installments { number status } } } }
  autoQuotes { edges { node { status } } }
  autoPolicies { edges { node { status claims { edges { node { status type } } } } } }
  accounts { status balance { available posted } statement(first: 50) { edges { node { kind amount description counterparty { name } } } } }
  cards { kind form status nickname transactions { edges { node { status amount clearing installments merchant { category } } } } currentInvoice { total } }
} }`;

interface Story {
  me: {
    name: string;
    pixKeys: { type: string; status: string }[];
    pixCharges: { edges: { node: { status: string; amount: string; description: string } }[] };
    pixTransfers: { edges: { node: { status: string; amount: string } }[] };
    loans: { edges: { node: { status: string; purpose: string; installments: { number: number; status: string }[] } }[] };
    autoQuotes: { edges: { node: { status: string } }[] };
    autoPolicies: { edges: { node: { status: string; claims: { edges: { node: { status: string; type: string } }[] } } }[] };
    accounts: {
      status: string;
      balance: { available: string; posted: string };
      statement: { edges: { node: { kind: string; amount: string; description: string | null; counterparty: { name: string } | null } }[] };
    }[];
    cards: {
      kind: string;
      form: string;
      status: string;
      nickname: string;
      transactions: { edges: { node: { status: string; amount: string; clearing: string; installments: number; merchant: { category: string } } }[] };
      currentInvoice: { total: string } | null;
    }[];
  };
}

/** The statement's deposits and transfers between accounts, oldest first, and whether the balance is what the entries add up to. */
const accountStory = ({ accounts }: Story['me']) =>
  accounts.map(({ status, balance, statement }) => {
    const entries = statement.edges.map(({ node }) => node);
    const cents = entries.reduce((sum, { amount }) => sum + Math.round(Number(amount) * 100), 0);
    return {
      status,
      balanceIsTheSumOfEntries: Math.round(Number(balance.posted) * 100) === cents,
      entries: entries
        .filter(({ kind }) => ['DEPOSIT', 'TRANSFER_IN', 'TRANSFER_OUT'].includes(kind))
        .reverse()
        .map(({ kind, amount, counterparty }) => ({ kind, amount, counterparty: counterparty?.name ?? null })),
    };
  });

describe('npm run seed: two demo customers with a story, through the public API', () => {
  let stack: Stack;
  const story = async (customer: (typeof DEMO_CUSTOMERS)[keyof typeof DEMO_CUSTOMERS]) => (await stack.as({ ...customer })(STORY)).data as unknown as Story;
  beforeAll(async () => {
    // The story waits where a client would (a policy's first premium charge): the configured fetch timeout, not the tests' 2 s.
    stack = await startStack({ subgraphTimeoutMs: Number(gatewayEnv.SUBGRAPH_TIMEOUT_MS.devDefault) });
    await seedDemo(new URL(stack.gateway.url).origin);
  }, 90_000);
  afterAll(() => stack.stop());

  it('gives Ana keys, a paid and an open charge, a transfer, a loan in each reachable state, quotes and an active policy with a claim', async () => {
    const { me } = await story(DEMO_CUSTOMERS.ana);
    expect(me.pixKeys.map(({ type }) => type).sort()).toEqual(['CPF', 'EMAIL', 'EVP', 'PHONE']);
    // E-mail and phone keys confirmed through the sandbox's code query, like every other key ACTIVE.
    expect(new Set(me.pixKeys.map(({ status }) => status))).toEqual(new Set(['ACTIVE']));
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
    expect(new Set(me.pixKeys.map(({ status }) => status))).toEqual(new Set(['ACTIVE']));
    expect(me.pixCharges.edges.map(({ node }) => node.status).sort()).toEqual(['ACTIVE', 'COMPLETED']);
    expect(me.loans.edges.map(({ node }) => node.status)).toEqual(['DISBURSEMENT_FAILED']);
  });

  it('opens both checking accounts, funds each with a sandbox deposit and shows a transfer between them on both statements', async () => {
    const [ana, padaria] = await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)]);
    expect(accountStory(ana.me)).toEqual([
      {
        status: 'ACTIVE',
        balanceIsTheSumOfEntries: true,
        entries: [
          { kind: 'DEPOSIT', amount: '4200.00', counterparty: null },
          { kind: 'TRANSFER_OUT', amount: '-260.00', counterparty: 'Padaria Lima Ltda' },
        ],
      },
    ]);
    expect(accountStory(padaria.me)).toEqual([
      {
        status: 'ACTIVE',
        balanceIsTheSumOfEntries: true,
        entries: [
          { kind: 'DEPOSIT', amount: '12500.00', counterparty: null },
          { kind: 'TRANSFER_IN', amount: '260.00', counterparty: 'Ana Souza' },
        ],
      },
    ]);
    expect(ana.me.accounts[0]?.balance.available).not.toBe('0.00');
  });

  it('issues each a virtual debit card and Ana a credit card, with sandbox purchases captured or still held', async () => {
    const [ana, padaria] = await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)]);
    const cards = ({ cards }: Story['me']) =>
      cards
        .map(({ kind, form, status, nickname, transactions, currentInvoice }) => ({
          kind,
          form,
          status,
          nickname,
          purchases: transactions.edges.map(
            ({ node }) => `${node.merchant.category} ${node.amount} ${node.clearing}${node.installments > 1 ? ` ${node.installments}x` : ''}`,
          ),
          invoice: currentInvoice?.total ?? null,
        }))
        .sort((a, b) => a.kind.localeCompare(b.kind));
    expect(cards(ana.me)).toEqual([
      {
        kind: 'CREDIT',
        form: 'VIRTUAL',
        status: 'ACTIVE',
        nickname: 'Compras',
        purchases: ['RESTAURANTS 41.00 CAPTURED', 'TRANSPORT 23.50 CAPTURED', 'SHOPPING 899.70 CAPTURED 3x'],
        invoice: '364.40',
      },
      {
        kind: 'DEBIT',
        form: 'VIRTUAL',
        status: 'ACTIVE',
        nickname: 'Dia a dia',
        purchases: ['FUEL 150.00 AUTHORIZED', 'PHARMACY 32.80 CAPTURED', 'RESTAURANTS 64.90 CAPTURED', 'GROCERIES 187.45 CAPTURED'],
        invoice: null,
      },
    ]);
    expect(cards(padaria.me).map(({ kind, purchases }) => [kind, purchases])).toEqual([['DEBIT', ['FUEL 220.00 CAPTURED', 'GROCERIES 1250.00 CAPTURED']]]);
  });

  it('changes nothing when run again', async () => {
    const before = await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)]);
    const customers = await seedDemo(new URL(stack.gateway.url).origin);
    expect(await Promise.all([story(DEMO_CUSTOMERS.ana), story(DEMO_CUSTOMERS.padaria)])).toEqual(before);
    expect(customers.map(({ customer }) => customer.sub)).toEqual([DEMO_CUSTOMERS.ana.sub, DEMO_CUSTOMERS.padaria.sub]);
  }, 60_000);
});
