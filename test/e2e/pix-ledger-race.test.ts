import { eventually } from '@bank/testing';
import { startStack, type Stack } from './stack';
import { anyCustomer, ledgerCheck, PixLedgerClient } from './pix-ledger-support';

describe('Pix through the ledger: one charge, 50 payers at once', () => {
  let stack: Stack;
  let client: PixLedgerClient;
  const B = anyCustomer('Bruno Lima', '11144477735');
  let b: string;
  let bKey: string;

  beforeAll(async () => {
    // The payments wait 500 ms for Pix's answer and then return the payment PENDING, which this race allows:
    // what it proves is the ledger once every answer is in.
    stack = await startStack({ subgraphTimeoutMs: 20_000 }, { accounts: { pixOutcomeWaitMs: 500 } });
    client = new PixLedgerClient(stack);
    b = await client.openAccount(B);
    bKey = await client.registerEmailKey(B);
  });
  afterAll(async () => {
    try {
      await ledgerCheck(stack);
    } finally {
      await stack.stop();
    }
  });

  it('50 concurrent payPixCode of one charge from 50 funded accounts: one payment, one debit, 49 balances untouched', async () => {
    const { brCode, txid } = await client.createCharge(B, bKey, '10.00');
    const payers = Array.from({ length: 50 }, (_, index) => anyCustomer(`Pagador ${index}`, '39053344705'));
    const accounts = await Promise.all(
      payers.map(async (payer) => {
        const id = await client.openAccount(payer);
        await client.deposit(payer, id, '20.00');
        return id;
      }),
    );
    const before = await client.balance(B, b);

    const results = await Promise.all(payers.map((payer, index) => client.payCode(payer, { brCode, fromAccountId: accounts[index]! })));
    expect(results.filter((result) => result.data?.payPixCode.pix.status === 'COMPLETED').length).toBeLessThanOrEqual(1);
    for (const refused of results.filter((result) => result.errors !== undefined)) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHARGE_ALREADY_PAID' });
    }

    await eventually(
      async () => {
        const balances = await Promise.all(payers.map((payer, index) => client.balance(payer, accounts[index]!)));
        expect(balances.filter((balance) => balance.held !== '0.00')).toEqual([]);
        expect(balances.filter((balance) => balance.posted === '10.00')).toHaveLength(1);
        expect(balances.filter((balance) => balance.posted === '20.00' && balance.available === '20.00')).toHaveLength(49);
      },
      { timeoutMs: 30_000 },
    );
    const paid = await stack.as(B)(`query($txid: ID!) { pixCharge(txid: $txid) { status payments { amount } } }`, { txid });
    expect(paid.data).toEqual({ pixCharge: { status: 'COMPLETED', payments: [{ amount: '10.00' }] } });
    expect(await client.balance(B, b)).toMatchObject({ posted: (Number(before.posted) + 10).toFixed(2) });
  }, 120_000);
});
