import { randomUUID } from 'node:crypto';
import { eventually, startBroker, stopBroker } from '@bank/testing';
import { tokenFor } from '../../gateway/test/support';
import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria', name: 'Maria Silva', document: '52998224725' };

describe('RabbitMQ restarted during a subscription', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await startBroker();
    await stack.stop();
  });

  it('still delivers later payments to the open subscription', async () => {
    const key = (
      (await stack.as(MARIA)(`mutation { registerPixKey(input: { type: EVP }, idempotencyKey: "${randomUUID()}") { pixKey { key } } }`)).data
        ?.registerPixKey as { pixKey: { key: string } }
    ).pixKey.key;
    const charge = async () =>
      (
        (
          await stack.as(MARIA)(`mutation($i: CreatePixChargeInput!, $k: String!) { createPixCharge(input: $i, idempotencyKey: $k) { charge { txid } } }`, {
            i: { key, amount: '5.00' },
            k: randomUUID(),
          })
        ).data?.createPixCharge as { charge: { txid: string } }
      ).charge.txid;
    const received: unknown[] = [];
    stack
      .wsClient({ authorization: `Bearer ${tokenFor(MARIA)}` })
      .subscribe(
        { query: 'subscription { myPaymentUpdates { kind charge { txid } } }' },
        { next: (value) => void received.push(value), error: () => undefined, complete: () => undefined },
      );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBe(1));

    await stopBroker();
    await startBroker();

    // The replica's exclusive queue is gone with the broker until the bus reconnects and declares it
    // again; payments made in between reach no replica (nothing else is lost). Pay new charges until one arrives.
    const paid: string[] = [];
    await eventually(
      async () => {
        const txid = await charge();
        await stack.as(MARIA)(`mutation($t: ID!) { simulatePixPayment(input: { txid: $t }, idempotencyKey: "${randomUUID()}") { payment { endToEndId } } }`, {
          t: txid,
        });
        paid.push(txid);
        await eventually(() => expect(received.length).toBeGreaterThan(0), { timeoutMs: 2_000 });
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(received).toContainEqual({ data: { myPaymentUpdates: { kind: 'CHARGE_PAID', charge: { txid: expect.any(String) } } } });
  }, 120_000);
});
