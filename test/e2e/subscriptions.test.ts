import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '@bank/testing';
import type { Client, ExecutionResult } from 'graphql-ws';
import { gatewaySocket, startTestGateway, tokenFor } from '../../gateway/test/support';
import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria', name: 'Maria Silva', document: '52998224725' };
const JOAO = { sub: 'c-joao', name: 'João Souza', document: '11144477735' };
const bearer = (claims: typeof MARIA, expiresIn?: number) => ({
  authorization: `Bearer ${tokenFor({ ...claims, ...(expiresIn === undefined ? {} : { expiresIn }) })}`,
});

/** An HTTP proxy to `target` that holds every request `delayMs` first: a subgraph under load. */
async function slowProxy(target: string, delayMs: number) {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      setTimeout(() => {
        const headers = Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name));
        fetch(target, { method: request.method ?? 'POST', headers: headers as [string, string][], body: Buffer.concat(chunks) })
          .then(async (answer) => {
            response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            response.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => response.writeHead(502).end());
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Subscribes and collects what arrives; `done` settles on completion or error. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: ExecutionResult[] = [];
  let unsubscribe: () => void = () => undefined;
  const done = new Promise<unknown>((resolve) => {
    unsubscribe = client.subscribe(
      { query, variables },
      { next: (value) => void received.push(value as ExecutionResult), error: resolve, complete: () => resolve(undefined) },
    );
  });
  return { received, done, unsubscribe };
}

describe('payment-status subscriptions through the gateway', () => {
  let stack: Stack;
  let mariaKey: string;

  beforeAll(async () => {
    stack = await startStack();
    mariaKey = (
      (await stack.as(MARIA)(`mutation { registerPixKey(input: { type: EVP }, idempotencyKey: "${randomUUID()}") { pixKey { key } } }`)).data
        ?.registerPixKey as { pixKey: { key: string } }
    ).pixKey.key;
  });
  afterAll(() => stack.stop());

  const newCharge = async (amount = '42.00') =>
    (
      (
        await stack.as(MARIA)(`mutation($i: CreatePixChargeInput!, $k: String!) { createPixCharge(input: $i, idempotencyKey: $k) { charge { txid } } }`, {
          i: { key: mariaKey, amount },
          k: randomUUID(),
        })
      ).data?.createPixCharge as { charge: { txid: string } }
    ).charge.txid;
  const pay = (txid: string) =>
    stack.as(MARIA)(`mutation($txid: ID!) { simulatePixPayment(input: { txid: $txid }, idempotencyKey: "${randomUUID()}") { payment { endToEndId } } }`, {
      txid,
    });

  it('delivers COMPLETED with fields resolved through the supergraph, aliases and fragments included', async () => {
    const txid = await newCharge();
    const client = stack.wsClient(bearer(MARIA));
    const sub = collect(
      client,
      `subscription($txid: ID!) { pixChargeStatusChanged(txid: $txid) { state: status txid ...Paid } }
       fragment Paid on PixCharge { amount payments { endToEndId amount } }`,
      { txid },
    );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(0));
    const paid = await pay(txid);
    const e2e = (paid.data?.simulatePixPayment as { payment: { endToEndId: string } }).payment.endToEndId;
    await eventually(() => expect(sub.received).toHaveLength(1));
    expect(sub.received[0]).toEqual({
      data: { pixChargeStatusChanged: { state: 'COMPLETED', txid, amount: '42.00', payments: [{ endToEndId: e2e, amount: '42.00' }] } },
    });
    sub.unsubscribe();
  });

  it('sends the customer every payment update, and nobody else’s', async () => {
    const maria = collect(stack.wsClient(bearer(MARIA)), `subscription { myPaymentUpdates { kind amount charge { txid status } } }`);
    const joao = collect(stack.wsClient(bearer(JOAO)), `subscription { myPaymentUpdates { kind } }`);
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThanOrEqual(2));
    const txid = await newCharge('7.00');
    await pay(txid);
    await eventually(() =>
      expect(maria.received).toContainEqual({ data: { myPaymentUpdates: { kind: 'CHARGE_PAID', amount: '7.00', charge: { txid, status: 'COMPLETED' } } } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(joao.received).toEqual([]);
    maria.unsubscribe();
    joao.unsubscribe();
  });

  it('refuses another customer’s charge with NOT_FOUND', async () => {
    const txid = await newCharge();
    const sub = collect(stack.wsClient(bearer(JOAO)), `subscription($txid: ID!) { pixChargeStatusChanged(txid: $txid) { status } }`, { txid });
    await sub.done;
    expect(sub.received).toEqual([{ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] }]);
  });

  it('closes the socket with 4403 without a token, and when the token expires', async () => {
    const closeCode = (params: Record<string, unknown>) =>
      new Promise<number>((resolve) => {
        const client = stack.wsClient(params);
        client.on('closed', (event) => resolve((event as { code: number }).code));
        client.subscribe({ query: 'subscription { myPaymentUpdates { kind } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
    expect(await closeCode({})).toBe(4403);
    expect(await closeCode(bearer(MARIA, 1))).toBe(4403);
  });

  it('delivers an event once per client although every gateway replica consumes it', async () => {
    const second = await startTestGateway([{ name: 'pix', url: stack.pix.server.url }], stack.env);
    try {
      const txid = await newCharge('3.00');
      const client = stack.wsClient(bearer(MARIA));
      const sub = collect(client, `subscription($txid: ID!) { pixChargeStatusChanged(txid: $txid) { status } }`, { txid });
      await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(0));
      let secondReplicaSaw = 0;
      const unlisten = second.hub.onCharge(txid, () => void (secondReplicaSaw += 1));
      await pay(txid);
      await eventually(() => expect(secondReplicaSaw).toBe(1));
      await eventually(() => expect(sub.received).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sub.received).toHaveLength(1);
      unlisten();
      sub.unsubscribe();
    } finally {
      await second.stop();
    }
  });

  it('resolves the updates of one feed several at a time, delivered in the order they came, when each payload waits on a slow subgraph', async () => {
    const slowPix = await slowProxy(stack.pix.server.url, 500);
    const slow = await startTestGateway([{ name: 'pix', url: slowPix.url }], stack.env);
    const client = gatewaySocket(slow.url, bearer(MARIA));
    try {
      const txids: string[] = [];
      for (let i = 0; i < 20; i++) txids.push(await newCharge('1.00'));
      const came: string[] = [];
      const unlisten = slow.hub.onCustomer(MARIA.sub, (event) => void (event.data.txid !== undefined && came.push(event.data.txid)));
      const feed = collect(client, `subscription { myPaymentUpdates { kind charge { txid } } }`);
      await eventually(() => expect(slow.hub.listenerCount()).toBeGreaterThan(1));
      for (const txid of txids) await pay(txid);
      const paidAt = performance.now();
      const delivered = () =>
        feed.received.flatMap((update) => {
          const { kind, charge } = (update.data as { myPaymentUpdates: { kind: string; charge: { txid: string } | null } }).myPaymentUpdates;
          return kind === 'CHARGE_PAID' && charge !== null && txids.includes(charge.txid) ? [charge.txid] : [];
        });
      await eventually(() => expect(delivered()).toHaveLength(txids.length), { timeoutMs: 30_000 });
      // One after the other, 20 payloads of 500 ms each would take 10 s.
      expect(performance.now() - paidAt).toBeLessThan(5_000);
      expect(delivered()).toEqual(came.filter((txid) => txids.includes(txid)));
      unlisten();
      feed.unsubscribe();
    } finally {
      await client.dispose();
      await slow.stop();
      await slowPix.close();
    }
  }, 60_000);

  it('applies the operation limits to subscriptions, and serves only subscriptions', async () => {
    const client = stack.wsClient(bearer(MARIA));
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: charge { txid }`).join(' ');
    const tooMany = collect(client, `subscription { myPaymentUpdates { ${aliases} } }`);
    await tooMany.done;
    expect(JSON.stringify([tooMany.received, await tooMany.done])).toMatch(/Aliases limit/);
    const query = collect(client, `query { me { id } }`);
    await query.done;
    expect(JSON.stringify([query.received, await query.done])).toContain('Only subscriptions are served over WebSocket');
  });

  it('limits subscriptions per connection', async () => {
    const client = stack.wsClient(bearer(MARIA));
    const subs = Array.from({ length: 11 }, () => collect(client, `subscription { myPaymentUpdates { kind } }`));
    const refused = (await Promise.race([subs[10]!.done, new Promise((resolve) => setTimeout(() => resolve('open'), 3_000))])) as readonly {
      extensions?: { code?: string };
    }[];
    expect(refused[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    subs.forEach((sub) => sub.unsubscribe());
  });

  it('returns listeners and memory to baseline after 1,000 subscriptions open and close', async () => {
    const openAndClose = async () => {
      const clients = Array.from({ length: 100 }, () => stack.wsClient(bearer(MARIA)));
      const subs = clients.flatMap((client) => Array.from({ length: 10 }, () => collect(client, `subscription { myPaymentUpdates { kind } }`)));
      await eventually(() => expect(stack.gateway.hub.listenerCount()).toBe(1_000), { timeoutMs: 30_000 });
      subs.forEach((sub) => sub.unsubscribe());
      await eventually(() => expect(stack.gateway.hub.listenerCount()).toBe(0), { timeoutMs: 30_000 });
      await Promise.all(clients.map((client) => client.dispose()));
    };
    const heapAfterGc = async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      (global as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBe(0));
    await openAndClose(); // warms up code paths and pools
    const baseline = await heapAfterGc();
    await openAndClose();
    const metrics = await (await fetch(stack.gateway.metricsUrl)).text();
    expect(metrics).toMatch(/gateway_subscriptions_active\{service="gateway"\} 0/);
    expect((await heapAfterGc()) - baseline).toBeLessThan(10 * 1024 * 1024);
  }, 90_000);
});
