import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually, ManualClock } from '@bank/testing';
import { startStack, type Stack } from './stack';
import { anyCustomer, ledgerCheck, PixLedgerClient } from './pix-ledger-support';

/** A weekday noon in Brasília (15:00 UTC). */
const NOON = '2026-03-10T15:00:00.000Z';

describe('Pix through the ledger: refusals and limits', () => {
  const clock = new ManualClock(NOON);
  let stack: Stack;
  let client: PixLedgerClient;
  let database: Client;
  const A = anyCustomer('Ana Souza', '52998224725');
  const B = anyCustomer('Bruno Lima', '11144477735');
  let a: string;
  let b: string;
  let bKey: string;

  /** What the accounts database holds of Pix and of the ledger, once every order was answered: a refusal before the hold changes none of it. */
  const written = async () => {
    await eventually(async () => expect((await database.query(`select id from pix_orders where status = 'PENDING'`)).rows).toEqual([]));
    const { rows } = await database.query<{ orders: string; transfers: string }>(
      'select (select count(*) from pix_orders) as orders, (select count(*) from transfers) as transfers',
    );
    return rows[0];
  };

  beforeAll(async () => {
    // On a loaded machine Pix's answer may take seconds: the gateway gives a subgraph 10 s, the payments wait 5 s for it.
    stack = await startStack({ subgraphTimeoutMs: 10_000 }, { pix: { clock }, accounts: { clock, pixOutcomeWaitMs: 5_000 } });
    client = new PixLedgerClient(stack);
    database = new Client({ connectionString: stack.accountsDatabase.url });
    await database.connect();
    [a, b] = await Promise.all([client.openAccount(A), client.openAccount(B)]);
    bKey = await client.registerEmailKey(B);
    await client.deposit(A, a, '100.00');
  });
  afterAll(async () => {
    try {
      await database.end();
      await ledgerCheck(stack);
    } finally {
      await stack.stop();
    }
  });

  it('refuses a completed, removed or expired charge with its code, and nothing moves', async () => {
    const completed = await client.createCharge(B, bKey, '1.00');
    expect((await client.payCode(A, { brCode: completed.brCode, fromAccountId: a })).errors).toBeUndefined();
    const removed = await client.createCharge(B, bKey, '1.00');
    expect(
      (await stack.as(B)(`mutation($txid: ID!) { removePixCharge(input: { txid: $txid }) { charge { status } } }`, { txid: removed.txid })).errors,
    ).toBeUndefined();
    const expiring = await client.createCharge(B, bKey, '1.00', 60);
    clock.advance(61_000);
    await written();
    const balance = await client.balance(A, a);

    for (const [charge, extensions] of [
      [completed, { code: 'CONFLICT', reason: 'CHARGE_ALREADY_PAID' }],
      [removed, { code: 'UNPROCESSABLE', reason: 'CHARGE_REMOVED' }],
      [expiring, { code: 'UNPROCESSABLE', reason: 'CHARGE_EXPIRED' }],
    ] as const) {
      const refused = await client.payCode(A, { brCode: charge.brCode, fromAccountId: a });
      expect(refused.errors?.[0]?.extensions).toMatchObject(extensions);
      expect(await client.balance(A, a)).toEqual(balance);
    }
  });

  it('refuses bad input before holding anything: another amount than the code, a stranger’s account, a bad code or key, insufficient funds', async () => {
    const { brCode } = await client.createCharge(B, bKey, '3.00');
    const before = await written();
    const balance = await client.balance(A, a);
    const refusals = [
      [client.payCode(A, { brCode, fromAccountId: a, amount: '2.99' }), { code: 'UNPROCESSABLE', reason: 'AMOUNT_MISMATCH' }],
      [client.payCode(A, { brCode, fromAccountId: b }), { code: 'NOT_FOUND' }],
      [client.payCode(A, { brCode: brCode.replace(/.{4}$/, '0000'), fromAccountId: a }), { code: 'BAD_USER_INPUT' }],
      [client.send(A, { fromAccountId: a, toKey: 'not a key', amount: '1.00' }), { code: 'BAD_USER_INPUT' }],
      [client.send(A, { fromAccountId: b, toKey: bKey, amount: '1.00' }), { code: 'NOT_FOUND' }],
      [client.send(A, { fromAccountId: a, toKey: bKey, amount: '1000.00' }), { code: 'UNPROCESSABLE', reason: 'INSUFFICIENT_FUNDS' }],
      [client.send(A, { fromAccountId: a, toKey: bKey, amount: '0.001' }), { code: 'BAD_USER_INPUT' }],
    ] as const;
    for (const [attempt, extensions] of refusals) expect((await attempt).errors?.[0]?.extensions).toMatchObject(extensions);
    expect(await written()).toEqual(before);
    expect(await client.balance(A, a)).toEqual(balance);
  });

  it('refuses a Pix to a key of this bank whose owner has no checking account, and Pix agrees: the transfer FAILED, the hold voided', async () => {
    const C = anyCustomer('Clara Nunes', '39053344705');
    const cKey = await client.registerEmailKey(C);
    const before = await client.balance(A, a);
    const sent = await client.send(A, { fromAccountId: a, toKey: cKey, amount: '3.00' });
    expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'RECEIVER_HAS_NO_ACCOUNT' });
    expect(await client.balance(A, a)).toEqual(before);
    const [order] = (await database.query<{ id: string }>(`select id from pix_orders where refusal_reason = 'RECEIVER_HAS_NO_ACCOUNT'`)).rows;
    await eventually(async () =>
      expect(await stack.pix.pix.transfers.get(order!.id)).toMatchObject({
        status: 'FAILED',
        refusal: { code: 'UNPROCESSABLE', reason: 'RECEIVER_HAS_NO_ACCOUNT' },
      }),
    );
  });

  it('refuses a Pix to an e-mail key still waiting for its code (in no DICT lookup), and nothing moves; once confirmed it receives', async () => {
    const C = anyCustomer('Carla Dias', '39053344705');
    await client.openAccount(C);
    const registered = await stack.as(C)(`mutation($key: String!) { registerPixKey(input: { type: EMAIL, key: $key }) { pixKey { id key status } } }`, {
      key: `${C.sub}@bank.example`,
    });
    const pending = (registered.data as { registerPixKey: { pixKey: { id: string; key: string; status: string } } }).registerPixKey.pixKey;
    expect(pending.status).toBe('PENDING_CONFIRMATION');
    const charge = await stack.as(C)(
      `mutation($k: String!, $key: String!) { createPixCharge(input: { key: $key, amount: "1.00" }, idempotencyKey: $k) { charge { txid } } }`,
      { k: randomUUID(), key: pending.key },
    );
    expect(charge.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'KEY_NOT_CONFIRMED' });
    const balance = await client.balance(A, a);
    const refused = await client.send(A, { fromAccountId: a, toKey: pending.key, amount: '1.00' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'KEY_NOT_FOUND' });
    await written();
    expect(await client.balance(A, a)).toEqual(balance);

    const code = (await stack.as(C)(`query($id: ID!) { pixKeyConfirmationCode(keyId: $id) }`, { id: pending.id })).data?.pixKeyConfirmationCode;
    const confirmed = await stack.as(C)(`mutation($input: ConfirmPixKeyInput!) { confirmPixKey(input: $input) { pixKey { status } } }`, {
      input: { keyId: pending.id, code },
    });
    expect(confirmed.data).toEqual({ confirmPixKey: { pixKey: { status: 'ACTIVE' } } });
    expect((await client.send(A, { fromAccountId: a, toKey: pending.key, amount: '1.00' })).data?.sendPix.pix.status).toBe('COMPLETED');
  });

  it('keeps the limits: lowered at once, raised only after the delay, the night limit from 20:00 Brasília, the daily one however many race', async () => {
    const update = (input: Record<string, string>) =>
      stack.as(A)(
        `mutation($input: UpdatePixLimitsInput!) { updatePixLimits(input: $input) { limits {
          perTransaction { current pendingRaise raiseEffectiveAt } daily { current } nightly { current } } } }`,
        { input: { accountId: a, ...input } },
      );
    const lowered = await update({ perTransaction: '5.00' });
    expect(lowered.data).toMatchObject({
      updatePixLimits: { limits: { perTransaction: { current: '5.00', pendingRaise: null }, nightly: { current: '1000.00' } } },
    });
    const before = await written();
    const over = await client.send(A, { fromAccountId: a, toKey: bKey, amount: '5.01' });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'LIMIT_EXCEEDED' });
    expect(await written()).toEqual(before);

    const raised = await update({ perTransaction: '50.00' });
    expect(raised.data).toMatchObject({
      updatePixLimits: {
        limits: { perTransaction: { current: '5.00', pendingRaise: '50.00', raiseEffectiveAt: new Date(clock.now().getTime() + 86_400_000).toISOString() } },
      },
    });
    expect((await client.send(A, { fromAccountId: a, toKey: bKey, amount: '6.00' })).errors?.[0]?.extensions).toMatchObject({ reason: 'LIMIT_EXCEEDED' });
    clock.advance(86_400_000);
    expect((await client.send(A, { fromAccountId: a, toKey: bKey, amount: '6.00' })).data?.sendPix.pix.status).toBe('COMPLETED');

    // 21:00 in Brasília: tonight's Pix count against the night limit.
    clock.set('2026-03-12T00:00:00.000Z');
    await update({ nightly: '10.00' });
    expect((await client.send(A, { fromAccountId: a, toKey: bKey, amount: '6.00' })).data?.sendPix.pix.status).toBe('COMPLETED');
    expect((await client.send(A, { fromAccountId: a, toKey: bKey, amount: '6.00' })).errors?.[0]?.extensions).toMatchObject({ reason: 'LIMIT_EXCEEDED' });

    // Next day at noon, a daily limit of 12.00 and five Pix of 3.00 at once: four fit, whatever the order.
    clock.set('2026-03-12T15:00:00.000Z');
    await update({ daily: '12.00' });
    const racing = await Promise.all(Array.from({ length: 5 }, () => client.send(A, { fromAccountId: a, toKey: bKey, amount: '3.00' })));
    expect(racing.filter((sent) => sent.errors === undefined)).toHaveLength(4);
    expect(racing.filter((sent) => sent.errors?.[0]?.extensions?.reason === 'LIMIT_EXCEEDED')).toHaveLength(1);
  });
});
