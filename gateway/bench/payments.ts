import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { CheckoutChargeStatusDocument, PayCheckoutChargeDocument, type CreateCheckoutChargeMutationVariables } from '../../schema/operations/generated/graphql';
import { CreateMinimalChargeDocument } from '../../test/e2e/operations';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../src/subscriptions/ws-server';
import { tokenFor } from '../test/support';
import type { ProcessStack } from './processes';
import { closedLoop, latencies, type GraphQLClient, type Latencies, cpuSince, type CpuShare } from './support';

/** The benchmark's one customer: exempt from the gateway's rate limits by `infra/bench.sh`, and only there. */
export const RECEIVER = { sub: 'bench-receiver', name: 'Loja Bench', document: '52998224725' };

export const chargeVariables = (key: string): CreateCheckoutChargeMutationVariables => ({ input: { key, amount: '10.00' }, idempotencyKey: randomUUID() });

/** Creates `count` charges to `key` over `connections` clients; their txids. */
export async function createCharges(client: GraphQLClient, key: string, count: number, connections: number): Promise<string[]> {
  const txids: string[] = [];
  await closedLoop(
    connections,
    10 * 60_000,
    () => ({}),
    async (index) => {
      if (index >= count) return false;
      txids.push((await client.run(RECEIVER, CreateMinimalChargeDocument, chargeVariables(key))).createPixCharge.charge.txid);
      return true;
    },
  );
  return txids;
}

export interface PaymentRound {
  readonly targetPerSecond: number;
  readonly payments: number;
  /** Subscriptions that started (the rest of the payments go unobserved). */
  readonly subscribed: number;
  readonly notified: number;
  readonly failedPayments: number;
  /** Notifications per second from the first payment to the last notification. */
  readonly sustainedPerSecond: number;
  /** From sending the payment to its subscriber's notification. */
  readonly latencyMs: Latencies;
  /** CPU time the services spent per payment, from the first payment to the last notification (see LoadResult). */
  readonly cpuMsPerPayment: CpuShare;
}

/**
 * `txids.length` payments at `rate` a second, each charge with a subscriber waiting on it
 * (pixChargeStatusChanged over WebSocket through the gateway, as many connections as its limit needs).
 */
export async function paymentRound(stack: ProcessStack, client: GraphQLClient, txids: readonly string[], rate: number): Promise<PaymentRound> {
  const connections = Math.ceil(txids.length / DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION);
  const sockets: Client[] = Array.from({ length: connections }, () =>
    stack.wsClient({ authorization: `Bearer ${tokenFor({ ...RECEIVER, expiresIn: 3_600 })}` }),
  );
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  let lastNotifiedAt = 0;
  let subscribed = txids.length;
  let resolveAll: () => void = () => undefined;
  const listening = await stack.activeSubscriptions();
  const allNotified = new Promise<void>((resolve) => {
    resolveAll = resolve;
    txids.forEach((txid, index) => {
      (sockets[index % connections] as Client).subscribe(
        { query: print(CheckoutChargeStatusDocument), variables: { txid } },
        {
          next: () => {
            const sent = sentAt.get(txid);
            if (sent === undefined) return;
            lastNotifiedAt = performance.now();
            samples.push(lastNotifiedAt - sent);
            if (samples.length >= subscribed) resolve();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
  });
  try {
    // On a loaded machine some WebSocket connections fail to start: measure the subscriptions that did.
    const subscribedBy = performance.now() + 30_000;
    while ((await stack.activeSubscriptions()) < listening + txids.length && performance.now() < subscribedBy)
      await new Promise((resolve) => setTimeout(resolve, 50));
    subscribed = (await stack.activeSubscriptions()) - listening;
    if (samples.length >= subscribed) resolveAll();
    const started = performance.now();
    const cpuBefore = stack.cpuMs();
    let failedPayments = 0;
    await Promise.all(
      txids.map(
        (txid, index) =>
          new Promise<void>((done) =>
            setTimeout(
              () => {
                sentAt.set(txid, performance.now());
                client
                  .run(RECEIVER, PayCheckoutChargeDocument, { input: { txid }, idempotencyKey: randomUUID() })
                  .catch(() => void (failedPayments += 1))
                  .finally(done);
              },
              (index * 1000) / rate,
            ),
          ),
      ),
    );
    await Promise.race([allNotified, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    const seconds = ((lastNotifiedAt || performance.now()) - started) / 1000;
    return {
      targetPerSecond: rate,
      payments: txids.length,
      subscribed,
      notified: samples.length,
      failedPayments,
      sustainedPerSecond: Number((samples.length / seconds).toFixed(1)),
      latencyMs: latencies(samples),
      cpuMsPerPayment: cpuSince(stack.cpuMs, cpuBefore, txids.length),
    };
  } finally {
    await Promise.all(sockets.map((socket) => socket.dispose()));
  }
}

export interface SoakWindow {
  readonly fromSecond: number;
  readonly completedPerSecond: number;
  readonly latencyMs: Latencies;
  /** Checkouts started in the window, those the API refused (an error), and those never seen paid on the feed. */
  readonly started: number;
  readonly failed: number;
  readonly unnotified: number;
  /** The stack's CPU time in the window per checkout started in it: what grows when a store slows with history. */
  readonly cpuMsPerCheckout: CpuShare;
}

const MerchantFeedDocument = /* GraphQL */ `
  subscription BenchMerchantFeed {
    myPaymentUpdates {
      kind
      charge {
        txid
      }
    }
  }
`;

/**
 * The whole checkout at `rate` a second for `seconds`: create a charge, pay it, and see it paid on the
 * receiver's live feed (myPaymentUpdates, one WebSocket, as a merchant's dashboard follows its sales).
 * Throughput and latency (payment → notification) per window of completion; checkouts started, refused and not
 * notified within 30 s per window of start.
 */
export async function soak(stack: ProcessStack, client: GraphQLClient, key: string, rate: number, seconds: number): Promise<SoakWindow[]> {
  const windowSeconds = Math.max(1, Math.min(60, Math.floor(seconds / 3)));
  const windows = Array.from({ length: Math.ceil(seconds / windowSeconds) }, () => ({
    completed: 0,
    samples: [] as number[],
    started: 0,
    failed: 0,
    unnotified: 0,
    cpuFrom: undefined as Readonly<Record<string, number>> | undefined,
    cpuMsPerCheckout: undefined as CpuShare | undefined,
  }));
  const windowAt = (time: number) => windows[Math.min(windows.length - 1, Math.floor((time - started) / 1000 / windowSeconds))];
  const waiting = new Map<string, () => void>();
  const feed = stack.wsClient({ authorization: `Bearer ${tokenFor({ ...RECEIVER, expiresIn: 3_600 })}` });
  const listening = await stack.activeSubscriptions();
  feed.subscribe<{ myPaymentUpdates: { kind: string; charge: { txid: string } | null } }>(
    { query: MerchantFeedDocument },
    {
      next: ({ data }) => {
        const update = data?.myPaymentUpdates;
        if (update?.kind === 'CHARGE_PAID' && update.charge !== null) waiting.get(update.charge.txid)?.();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const subscribedBy = performance.now() + 30_000;
  while ((await stack.activeSubscriptions()) <= listening && performance.now() < subscribedBy) await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  const checkout = async (startedIn: (typeof windows)[number]): Promise<void> => {
    startedIn.started += 1;
    const { txid } = (await client.run(RECEIVER, CreateMinimalChargeDocument, chargeVariables(key))).createPixCharge.charge;
    const notified = new Promise<boolean>((resolve) => {
      waiting.set(txid, () => resolve(true));
      setTimeout(() => resolve(false), 30_000);
    });
    const sent = performance.now();
    await client.run(RECEIVER, PayCheckoutChargeDocument, { input: { txid }, idempotencyKey: randomUUID() });
    const completed = await notified;
    waiting.delete(txid);
    if (!completed) {
      startedIn.unnotified += 1;
      return;
    }
    const done = performance.now();
    const window = windowAt(done);
    window?.samples.push(done - sent);
    if (window !== undefined) window.completed += 1;
  };
  const inFlight: Promise<void>[] = [];
  try {
    for (let i = 0; i < rate * seconds; i++) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const startedIn = windowAt(performance.now()) as (typeof windows)[number];
      if (startedIn.cpuFrom === undefined) {
        const cpu = stack.cpuMs();
        const previous = windows[windows.indexOf(startedIn) - 1];
        if (previous?.cpuFrom !== undefined) previous.cpuMsPerCheckout = cpuSince(() => cpu, previous.cpuFrom, previous.started);
        startedIn.cpuFrom = cpu;
      }
      inFlight.push(checkout(startedIn).catch(() => void (startedIn.failed += 1)));
    }
    const last = windows.at(-1);
    if (last?.cpuFrom !== undefined) last.cpuMsPerCheckout = cpuSince(stack.cpuMs, last.cpuFrom, last.started);
    await Promise.all(inFlight);
  } finally {
    await feed.dispose();
  }
  return windows.map(({ completed, samples, cpuFrom: _, cpuMsPerCheckout, ...counts }, index) => ({
    fromSecond: index * windowSeconds,
    completedPerSecond: Number((completed / windowSeconds).toFixed(1)),
    latencyMs: latencies(samples),
    ...counts,
    cpuMsPerCheckout: cpuMsPerCheckout ?? { total: 0, byProcess: {} },
  }));
}
