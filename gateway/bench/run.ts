/**
 * `npm run bench` (infra/bench.sh): the whole stack as `npm start` runs it (each service its own process, see
 * processes.ts) against the local services, bounded in count and time, then a table on stdout and
 * .infra/results/gateway-bench.json. CPU: the whole stack's (the services and the local stores, from /proc) per request or payment, and the gateway's part.
 *   P1 `me` overview: BENCH_CONNECTIONS (20) clients for BENCH_SECONDS (10).
 *   P4 createPixCharge, minimal and checkout selections, the same way; then charge reads through the
 *      gateway, uncached (each charge's first read) and cached (one charge again and again).
 *   P3 payment → subscriber at each of BENCH_RATES (25,100,200) payments a second for BENCH_PAYMENT_SECONDS (5).
 *   Soak: the whole checkout at BENCH_SOAK_RATE (100) a second for BENCH_SOAK_SECONDS (30; 600 for the
 *      10-minute soak), seen on the receiver's live feed; throughput and latency per window, first against last.
 * BENCH_ONLY (e.g. P3,P4) runs only the parts it names (infra/bench.sh: and only the other benches it names).
 */
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  CreateCheckoutChargeDocument,
  CustomerOverviewDocument,
  OpenCheckingAccountDocument,
  RegisterRandomKeyDocument,
} from '../../schema/operations/generated/graphql';
import { CreateMinimalChargeDocument } from '../../test/e2e/operations';
import { chargeVariables, createCharges, paymentRound, RECEIVER, soak } from './payments';
import { startProcessStack, type ProcessStack } from './processes';
import { benchParts, closedLoop, type CpuShare, graphqlClient, type GraphQLClient, machine, setting, table, writeResults, type LoadResult } from './support';

const CONNECTIONS = setting('BENCH_CONNECTIONS', 20);
const SECONDS = setting('BENCH_SECONDS', 10);
const RATES = (process.env.BENCH_RATES ?? '25,100,200').split(',').map(Number);
const PAYMENT_SECONDS = setting('BENCH_PAYMENT_SECONDS', 5);
const SOAK_RATE = setting('BENCH_SOAK_RATE', 100);
const SOAK_SECONDS = setting('BENCH_SOAK_SECONDS', 30);
const PARTS = benchParts(['P1', 'P4', 'P3', 'soak']);

const ChargeReadDocument = parse(`query BenchChargeRead($txid: ID!) { pixCharge(txid: $txid) { txid status amount brCode expiresAt } }`) as TypedDocumentNode<
  unknown,
  { txid: string }
>;

/** P4: charge creation with each selection, then reads of the charges created, each one's first (uncached) and one again and again (cached). */
async function chargeBench(stack: ProcessStack, client: GraphQLClient, key: string, load: (run: () => Promise<unknown>) => Promise<LoadResult>) {
  const duration = SECONDS * 1000;
  const created: string[] = [];
  const createMinimal = await load(async () =>
    created.push((await client.run(RECEIVER, CreateMinimalChargeDocument, chargeVariables(key))).createPixCharge.charge.txid),
  );
  const createCheckout = await load(() => client.run(RECEIVER, CreateCheckoutChargeDocument, chargeVariables(key)));
  const uncachedReads = await closedLoop(CONNECTIONS, duration, stack.cpuMs, async (index) => {
    const txid = created[index];
    if (txid === undefined) return false;
    await client.run(RECEIVER, ChargeReadDocument, { txid });
    return true;
  });
  const hot = created[0] ?? '';
  const cachedReads = await load(() => client.run(RECEIVER, ChargeReadDocument, { txid: hot }));
  return {
    createMinimal,
    createCheckout,
    uncachedReads,
    cachedReads,
    cachedOverUncached: Number((cachedReads.perSecond / uncachedReads.perSecond).toFixed(2)),
  };
}

async function main(): Promise<void> {
  const startedOn = machine();
  const stack = await startProcessStack();
  const client = graphqlClient(stack.gatewayUrl, CONNECTIONS + 200);
  try {
    // A merchant with the account its sales are credited to, and a key to be paid on.
    await client.run(RECEIVER, OpenCheckingAccountDocument, { idempotencyKey: randomUUID() });
    const key = (await client.run(RECEIVER, RegisterRandomKeyDocument, { idempotencyKey: randomUUID() })).registerPixKey.pixKey.key;
    // The overview lists some charges, as a customer's would.
    await createCharges(client, key, 5, 1);
    const duration = SECONDS * 1000;
    const load = (run: () => Promise<unknown>) => closedLoop(CONNECTIONS, duration, stack.cpuMs, async () => (await run(), true));
    const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);

    const meOverview = PARTS.has('P1') ? (progress('P1 me overview'), await load(() => client.run(RECEIVER, CustomerOverviewDocument, {}))) : undefined;
    const charges = PARTS.has('P4') ? (progress('P4 createPixCharge and reads'), await chargeBench(stack, client, key, load)) : undefined;
    const payments = [];
    if (PARTS.has('P3')) {
      for (const rate of RATES) {
        progress(`P3 payments at ${rate}/s`);
        const txids = await createCharges(client, key, Math.round(rate * PAYMENT_SECONDS), CONNECTIONS);
        payments.push(await paymentRound(stack, client, txids, rate));
      }
    }
    const soakWindows = PARTS.has('soak')
      ? (progress(`soak at ${SOAK_RATE}/s for ${SOAK_SECONDS} s`), await soak(stack, client, key, SOAK_RATE, SOAK_SECONDS))
      : [];

    const results = {
      machine: { ...startedOn, loadAverage1mAtEnd: machine().loadAverage1m },
      settings: {
        parts: [...PARTS],
        connections: CONNECTIONS,
        seconds: SECONDS,
        rates: RATES,
        paymentSeconds: PAYMENT_SECONDS,
        soakRate: SOAK_RATE,
        soakSeconds: SOAK_SECONDS,
      },
      ...(meOverview === undefined ? {} : { P1: { meOverview } }),
      ...(charges === undefined ? {} : { P4: charges }),
      ...(PARTS.has('P3') ? { P3: payments } : {}),
      ...(PARTS.has('soak') ? { soak: { ratePerSecond: SOAK_RATE, seconds: SOAK_SECONDS, windows: soakWindows } } : {}),
    };
    const closedLoopRow = (name: string, result: LoadResult) => ({
      benchmark: name,
      'per second': result.perSecond,
      p50: result.latencyMs.p50,
      p90: result.latencyMs.p90,
      p99: result.latencyMs.p99,
      ...cpuColumns(result.cpuMsPerRequest),
      requests: result.requests,
      failed: result.failures,
    });
    const rows = [
      ...(meOverview === undefined ? [] : [closedLoopRow(`P1 me overview (${CONNECTIONS} connections)`, meOverview)]),
      ...(charges === undefined
        ? []
        : [
            closedLoopRow('P4 createPixCharge, minimal', charges.createMinimal),
            closedLoopRow('P4 createPixCharge, checkout (QR PNG)', charges.createCheckout),
            closedLoopRow('P4 pixCharge read, uncached', charges.uncachedReads),
            closedLoopRow('P4 pixCharge read, cached', charges.cachedReads),
          ]),
      ...payments.map((round) => ({
        benchmark: `P3 payment → subscriber at ${round.targetPerSecond}/s`,
        'per second': round.sustainedPerSecond,
        p50: round.latencyMs.p50,
        p90: round.latencyMs.p90,
        p99: round.latencyMs.p99,
        ...cpuColumns(round.cpuMsPerPayment),
        requests: round.payments,
        failed: `${round.failedPayments} (${round.subscribed - round.notified} of ${round.subscribed} subscribers not notified)`,
      })),
      ...soakWindows.map((window) => ({
        benchmark: `soak at ${SOAK_RATE}/s, from ${window.fromSecond} s`,
        'per second': window.completedPerSecond,
        p50: window.latencyMs.p50,
        p90: window.latencyMs.p90,
        p99: window.latencyMs.p99,
        ...cpuColumns(window.cpuMsPerCheckout),
        requests: window.started,
        failed: `${window.failed} (${window.unnotified} not notified)`,
      })),
    ];
    const path = writeResults('gateway-bench', results);
    process.stdout.write(
      `${table(rows)}\n(latencies in ms;${charges === undefined ? '' : ` cached/uncached reads ${charges.cachedOverUncached}×;`} load average ${startedOn.loadAverage1m} → ${results.machine.loadAverage1mAtEnd})\n${path}\n`,
    );
  } finally {
    await client.close();
    await stack.stop();
  }
}

/** The whole stack's CPU per request, and the gateway's part of it. */
const cpuColumns = (cpu: CpuShare) => ({ 'CPU ms': cpu.total, 'of which gateway': cpu.byProcess.gateway ?? '' });

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
