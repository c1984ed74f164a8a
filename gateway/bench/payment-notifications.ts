/**
 * `npm run bench`: a steady rate of sandbox payments, each with a subscriber waiting on its charge
 * (pixChargeStatusChanged through the gateway). Reports payment→notification latency percentiles
 * and the rate achieved. Everything runs on this machine against the local services, bounded in
 * count and time:
 *   BENCH_PAYMENTS (default 300) payments at BENCH_RATE (default 25) per second.
 */
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import {
  CheckoutChargeStatusDocument,
  CreateCheckoutChargeDocument,
  PayCheckoutChargeDocument,
  RegisterRandomKeyDocument,
} from '../../schema/operations/generated/graphql';
import { startStack } from '../../test/e2e/stack';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../src/subscriptions/ws-server';
import { tokenFor } from '../test/support';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 300);
const RATE = Number(process.env.BENCH_RATE ?? 25);
const RECEIVER = { sub: 'bench-receiver', name: 'Loja Bench', document: '52998224725' };

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const stack = await startStack();
  try {
    const key = (await stack.run(RECEIVER, RegisterRandomKeyDocument, {})).data?.registerPixKey.pixKey.key ?? '';
    const txids: string[] = [];
    for (let i = 0; i < PAYMENTS; i += 1) {
      const created = await stack.run(RECEIVER, CreateCheckoutChargeDocument, { input: { key, amount: '10.00' }, idempotencyKey: randomUUID() });
      txids.push(created.data?.createPixCharge.charge.txid ?? '');
    }

    // As many connections as the gateway's per-connection subscription limit needs.
    const connections = Math.ceil(PAYMENTS / DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION);
    const clients: Client[] = Array.from({ length: connections }, () => stack.wsClient({ authorization: `Bearer ${tokenFor(RECEIVER)}` }));
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const notified = new Promise<void>((resolveAll) => {
      txids.forEach((txid, index) => {
        (clients[index % clients.length] as Client).subscribe(
          { query: print(CheckoutChargeStatusDocument), variables: { txid } },
          {
            next: () => {
              const started = sentAt.get(txid);
              if (started !== undefined) latencies.push(performance.now() - started);
              if (latencies.length === PAYMENTS) resolveAll();
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
      });
    });
    while (stack.gateway.hub.listenerCount() < PAYMENTS) await new Promise((r) => setTimeout(r, 50));

    const started = performance.now();
    let failures = 0;
    await Promise.all(
      txids.map(
        (txid, index) =>
          new Promise<void>((done) =>
            setTimeout(
              () => {
                sentAt.set(txid, performance.now());
                stack
                  .run(RECEIVER, PayCheckoutChargeDocument, { input: { txid } })
                  .then((result) => void (result.errors ? (failures += 1) : undefined))
                  .finally(done);
              },
              (index * 1000) / RATE,
            ),
          ),
      ),
    );
    await Promise.race([notified, new Promise((r) => setTimeout(r, 30_000))]);
    const elapsed = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const report = {
      payments: PAYMENTS,
      targetRatePerSecond: RATE,
      achievedRatePerSecond: Number((PAYMENTS / elapsed).toFixed(1)),
      notified: latencies.length,
      failedPayments: failures,
      latencyMs: {
        p50: Math.round(percentile(sorted, 50)),
        p90: Math.round(percentile(sorted, 90)),
        p99: Math.round(percentile(sorted, 99)),
        max: Math.round(sorted.at(-1) ?? 0),
      },
    };
    process.stdout.write(`payment → notification (pixChargeStatusChanged through the gateway)\n${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
