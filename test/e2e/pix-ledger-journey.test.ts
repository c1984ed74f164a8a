import { randomUUID } from 'node:crypto';
import { eventually, ManualClock } from '@bank/testing';
import type { Client, ExecutionResult } from 'graphql-ws';
import { tokenFor } from '../../gateway/test/support';
import type { Transfer } from '../../subgraphs/pix/src/domain';
import { startStack, type Stack } from './stack';
import { anyCustomer, ledgerCheck, PixLedgerClient } from './pix-ledger-support';

/** A weekday noon in Brasília (15:00 UTC): daytime, so only the day limits apply. */
const NOON = '2026-03-10T15:00:00.000Z';

/** The simulated central system answers a transfer to one of these keys only when the test says. */
const answers = new Map<string, (refusal: string | null) => void>();
const failureFor = (transfer: Transfer): string | null | Promise<string | null> => {
  const key = transfer.toKey?.value ?? '';
  if (!key.endsWith('@outside.example')) return null;
  return new Promise((resolve) => answers.set(key, resolve));
};

/** Subscribes and collects what arrives. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: ExecutionResult[] = [];
  const unsubscribe = client.subscribe(
    { query, variables },
    { next: (value) => void received.push(value as ExecutionResult), error: () => undefined, complete: () => undefined },
  );
  return { received, unsubscribe };
}

describe('Pix through the ledger, through the gateway', () => {
  const clock = new ManualClock(NOON);
  let stack: Stack;
  let client: PixLedgerClient;
  const A = anyCustomer('Ana Souza', '52998224725');
  const B = anyCustomer('Bruno Lima', '11144477735');
  const STRANGER = anyCustomer('Carla Dias', '39053344705');
  let a: string;
  let b: string;
  let aKey: string;
  let bKey: string;

  beforeAll(async () => {
    // On a loaded machine Pix's answer may take seconds: the gateway gives a subgraph 10 s, the payments wait 3 s for it.
    stack = await startStack({ subgraphTimeoutMs: 10_000 }, { pix: { clock, settlement: { failureFor } }, accounts: { clock, pixOutcomeWaitMs: 3_000 } });
    client = new PixLedgerClient(stack);
    [a, b] = await Promise.all([client.openAccount(A), client.openAccount(B)]);
    [aKey, bKey] = await Promise.all([client.registerEmailKey(A), client.registerEmailKey(B)]);
  });
  afterAll(async () => {
    for (const answer of answers.values()) answer(null);
    try {
      await ledgerCheck(stack);
    } finally {
      await stack.stop();
    }
  });

  it("pays B's charge by its pasted code, then settles Pix to keys inside the bank at once and outside through the central system", async () => {
    await client.deposit(A, a, '100.00');

    // B charges 30.00; A pastes the code, sees who receives it, and pays it.
    const { brCode, txid } = await client.createCharge(B, bKey, '30.00');
    const preview = await client.preview(A, brCode);
    expect(preview).toEqual({
      amount: '30.00',
      receiver: { name: 'Bruno Lima', document: '***.444.777-**', institution: { ispb: '99999999', name: 'Banco Digital S.A.' } },
    });
    const paid = await client.payCode(A, { brCode, fromAccountId: a });
    expect(paid.errors).toBeUndefined();
    const order = paid.data!.payPixCode.pix;
    expect(order).toMatchObject({ status: 'COMPLETED', amount: '30.00', fromAccount: { balance: { available: '70.00', posted: '70.00', held: '0.00' } } });
    expect(await client.chargeStatus(B, txid)).toBe('COMPLETED');
    expect(await client.balance(A, a)).toEqual({ available: '70.00', posted: '70.00', held: '0.00' });
    expect(await client.balance(B, b)).toEqual({ available: '30.00', posted: '30.00', held: '0.00' });

    // One receipt, the same for both parties; nobody else reads it.
    const endToEndId = order.endToEndId!;
    const receipt = await client.receipt(A, endToEndId);
    expect(receipt.data?.pixReceipt).toMatchObject({
      endToEndId,
      amount: '30.00',
      txid,
      key: null,
      payer: { name: 'Ana Souza', document: '***.982.247-**', institution: { ispb: '99999999' } },
      receiver: { name: 'Bruno Lima', document: '***.444.777-**', institution: { ispb: '99999999' } },
    });
    expect((await client.receipt(B, endToEndId)).data).toEqual(receipt.data);
    expect((await client.receipt(STRANGER, endToEndId)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const pdf = Buffer.from(receipt.data!.pixReceipt!.pdf.replace(/^data:application\/pdf;base64,/, ''), 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(endToEndId);
    expect(pdf).toContain('Bruno Lima');

    // B received it, with the payer masked.
    expect(await client.received(B)).toEqual([
      { endToEndId, amount: '30.00', payer: { name: 'Ana Souza', document: '***.982.247-**', institution: { ispb: '99999999', name: 'Banco Digital S.A.' } } },
    ]);

    // B sends 10.00 to A's key: settled inside the bank before the mutation answers.
    const sent = await client.send(B, { fromAccountId: b, toKey: aKey, amount: '10.00', description: 'Lunch' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendPix.pix).toMatchObject({ status: 'COMPLETED', fromAccount: { balance: { available: '20.00' } } });
    expect(await client.balance(A, a)).toEqual({ available: '80.00', posted: '80.00', held: '0.00' });
    expect(await client.balance(B, b)).toEqual({ available: '20.00', posted: '20.00', held: '0.00' });
    expect((await client.received(A))[0]).toMatchObject({ amount: '10.00', payer: { name: 'Bruno Lima' } });

    // A sends 5.00 to another institution's key: held until the central system answers, then posted.
    const outside = await client.send(A, { fromAccountId: a, toKey: 'someone@outside.example', amount: '5.00' });
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.sendPix.pix).toMatchObject({ status: 'PENDING', endToEndId: null });
    expect(await client.balance(A, a)).toEqual({ available: '75.00', posted: '80.00', held: '5.00' });
    answers.get('someone@outside.example')!(null);
    await eventually(async () => expect(await client.balance(A, a)).toEqual({ available: '75.00', posted: '75.00', held: '0.00' }));

    // Refused by the central system: the hold is voided and the balance restored.
    const refused = await client.send(A, { fromAccountId: a, toKey: 'refused@outside.example', amount: '5.00' });
    expect(refused.data!.sendPix.pix.status).toBe('PENDING');
    expect(await client.balance(A, a)).toEqual({ available: '70.00', posted: '75.00', held: '5.00' });
    answers.get('refused@outside.example')!('Refused by the receiving institution');
    await eventually(async () => expect(await client.balance(A, a)).toEqual({ available: '75.00', posted: '75.00', held: '0.00' }));

    const statement = await client.statementKinds(A, a);
    expect(statement).toEqual([
      ['PIX_OUT', '-5.00'],
      ['PIX_IN', '10.00'],
      ['PIX_OUT', '-30.00'],
      ['DEPOSIT', '100.00'],
    ]);
  }, 90_000);

  it('credits a charge an outside payer paid (simulatePixPayment) from the central-bank settlement account', async () => {
    const before = await client.balance(B, b);
    const { txid } = await client.createCharge(B, bKey, '12.34');
    const paid = await stack.as(B)(
      `mutation($txid: ID!) { simulatePixPayment(input: { txid: $txid }, idempotencyKey: "${randomUUID()}") { payment { endToEndId } } }`,
      { txid },
    );
    expect(paid.errors).toBeUndefined();
    const endToEndId = (paid.data as { simulatePixPayment: { payment: { endToEndId: string } } }).simulatePixPayment.payment.endToEndId;
    const expected = (Number(before.posted) + 12.34).toFixed(2);
    await eventually(async () => expect(await client.balance(B, b)).toEqual({ available: expected, posted: expected, held: '0.00' }));
    const transfer = await stack.accounts.accounts.ledger.findTransfer(`pix-charge-${endToEndId}` as never);
    expect(transfer).toMatchObject({ debitAccountId: 'bank:central-bank-settlement', amount: expect.objectContaining({ cents: 1234n }) });
    expect((await client.received(B))[0]).toMatchObject({ endToEndId, amount: '12.34', payer: { institution: { ispb: '00000001' } } });
  });

  it('shows both parties each credit and debit live: accountActivity on the accounts, myPaymentUpdates to payer and receiver', async () => {
    const bearer = (claims: typeof A) => ({ authorization: `Bearer ${tokenFor(claims)}` });
    const activityOfA = collect(stack.wsClient(bearer(A)), `subscription($id: ID!) { accountActivity(accountId: $id) { kind amount } }`, { id: a });
    const activityOfB = collect(stack.wsClient(bearer(B)), `subscription($id: ID!) { accountActivity(accountId: $id) { kind amount } }`, { id: b });
    const updatesOfA = collect(stack.wsClient(bearer(A)), `subscription { myPaymentUpdates { kind amount } }`);
    const updatesOfB = collect(stack.wsClient(bearer(B)), `subscription { myPaymentUpdates { kind amount } }`);
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThanOrEqual(4));

    const { brCode } = await client.createCharge(B, bKey, '2.00');
    expect((await client.payCode(A, { brCode, fromAccountId: a })).errors).toBeUndefined();
    expect((await client.send(B, { fromAccountId: b, toKey: aKey, amount: '1.00' })).errors).toBeUndefined();

    await eventually(() => {
      expect(activityOfA.received.map((r) => r.data?.accountActivity)).toEqual([
        { kind: 'PIX_OUT', amount: '-2.00' },
        { kind: 'PIX_IN', amount: '1.00' },
      ]);
      expect(activityOfB.received.map((r) => r.data?.accountActivity)).toEqual([
        { kind: 'PIX_IN', amount: '2.00' },
        { kind: 'PIX_OUT', amount: '-1.00' },
      ]);
      for (const updates of [updatesOfA, updatesOfB]) {
        expect(updates.received.map((r) => r.data?.myPaymentUpdates)).toEqual([
          { kind: 'CHARGE_PAID', amount: '2.00' },
          { kind: 'TRANSFER_SETTLED', amount: '1.00' },
        ]);
      }
    });
    for (const subscription of [activityOfA, activityOfB, updatesOfA, updatesOfB]) subscription.unsubscribe();
  });
});
