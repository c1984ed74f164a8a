import { eventually, ManualClock } from '@bank/testing';
import type { Transfer } from '../../subgraphs/pix/src/domain';
import { parseAccountId } from '../../subgraphs/accounts/src/ledger';
import { startStack, type Stack } from './stack';
import { anyCustomer, ledgerCheck, PixLedgerClient } from './pix-ledger-support';

/** A weekday noon in Brasília (15:00 UTC): daytime, so only the day limits apply. */
const NOON = '2026-03-10T15:00:00.000Z';
const DAY_AND_A_MINUTE_MS = 86_400_000 + 60_000;

/** The simulated central system answers a transfer to one of these keys only when the test says. */
const answers = new Map<string, (refusal: string | null) => void>();
const failureFor = (transfer: Transfer): string | null | Promise<string | null> => {
  const key = transfer.toKey?.value ?? '';
  if (!key.endsWith('@slow.example')) return null;
  return new Promise((resolve) => answers.set(key, resolve));
};

/** docs/adr/0010-pix-settled-after-its-hold-expired.md */
describe('a Pix the central system settles after its hold expired, through the gateway', () => {
  const clock = new ManualClock(NOON);
  let stack: Stack;
  let client: PixLedgerClient;
  const A = anyCustomer('Ana Souza', '52998224725');
  const B = anyCustomer('Bruno Lima', '11144477735');
  let a: string;
  beforeAll(async () => {
    stack = await startStack(
      { subgraphTimeoutMs: 10_000 },
      { pix: { clock, settlement: { failureFor } }, accounts: { clock, pixOutcomeWaitMs: 1_000, holdExpiryIntervalMs: 200 } },
    );
    client = new PixLedgerClient(stack);
    [a] = await Promise.all([client.openAccount(A), client.openAccount(B)]);
    await client.registerEmailKey(B);
    await client.deposit(A, a, '100.00');
  });
  afterAll(async () => {
    for (const answer of answers.values()) answer(null);
    try {
      await ledgerCheck(stack);
    } finally {
      await stack.stop();
    }
  });

  const orderOf = (id: string) => stack.accounts.accounts.pix.store.findOrder(id);
  const sendAndExpire = async (toKey: string, amount: string): Promise<string> => {
    const sent = await client.send(A, { fromAccountId: a, toKey, amount });
    expect(sent.data?.sendPix.pix.status).toBe('PENDING');
    await eventually(() => expect(answers.has(toKey)).toBe(true));
    clock.advance(DAY_AND_A_MINUTE_MS);
    await eventually(async () => expect((await client.balance(A, a)).held).toBe('0.00'), { timeoutMs: 15_000 });
    return sent.data!.sendPix.pix.id;
  };

  it('debits the sender when the account still covers it: the order COMPLETED, nothing dead-lettered', async () => {
    const id = await sendAndExpire('first@slow.example', '30.00');
    expect(await client.balance(A, a)).toEqual({ available: '100.00', posted: '100.00', held: '0.00' });

    answers.get('first@slow.example')!(null);
    await eventually(async () => expect(await orderOf(id)).toMatchObject({ status: 'COMPLETED' }), { timeoutMs: 15_000 });
    expect(await client.balance(A, a)).toEqual({ available: '70.00', posted: '70.00', held: '0.00' });
    expect((await client.statementKinds(A, a))[0]).toEqual(['PIX_OUT', '-30.00']);
  });

  it('when it no longer covers it: the bank pays from its receivable, the order FAILED with SETTLED_AFTER_HOLD_EXPIRED', async () => {
    const receivables = parseAccountId('bank:pix-receivables');
    const owedBefore = (await stack.accounts.accounts.ledger.getBalance(receivables)).posted;
    const id = await sendAndExpire('second@slow.example', '50.00');
    // The released money is spent meanwhile.
    const spent = await client.send(A, { fromAccountId: a, toKey: `${B.sub}@bank.example`, amount: '60.00' });
    expect(spent.data?.sendPix.pix.status).toBe('COMPLETED');

    answers.get('second@slow.example')!(null);
    await eventually(
      async () => expect(await orderOf(id)).toMatchObject({ status: 'FAILED', refusal: { code: 'UNPROCESSABLE', reason: 'SETTLED_AFTER_HOLD_EXPIRED' } }),
      { timeoutMs: 15_000 },
    );
    expect(await client.balance(A, a)).toEqual({ available: '10.00', posted: '10.00', held: '0.00' });
    const owed = (await stack.accounts.accounts.ledger.getBalance(receivables)).posted;
    expect(owed.subtract(owedBefore).toString()).toBe('50.00');
  });
});
