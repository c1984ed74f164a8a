/**
 * `npm run bench`: card authorization decision latency at a steady rate, open loop (each request
 * leaves on schedule whether or not the previous one answered), spread over debit cards of many
 * customers with funds to spare (one card's authorizations take turns on its account's balance row,
 * as they must): once calling the use case in process (the ledger module and PostgreSQL), once
 * through the gateway over HTTP (gateway, signed subgraph call, the same path), the network being one
 * principal exempt from rate limits. Every authorization must be approved.
 *   BENCH_CARD_RATE (200) per second, BENCH_CARD_AUTHORIZATIONS (2000) per scenario, BENCH_CARD_HOLDERS (50).
 * Prints a table and writes .infra/results/card-bench.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customer } from '@bank/testing';
import { authorizeCardPayment } from '../../subgraphs/accounts/src/application/cards/card-network';
import {
  IssueCardDocument,
  OpenCheckingAccountDocument,
  RevealCardDetailsDocument,
  SimulateAccountDepositDocument,
  SimulateCardAuthorizationDocument,
} from '../../schema/operations/generated/graphql';
import { startStack } from '../../test/e2e/stack';

const RATE = Number(process.env.BENCH_CARD_RATE ?? 200);
const COUNT = Number(process.env.BENCH_CARD_AUTHORIZATIONS ?? 2000);
const HOLDERS = Number(process.env.BENCH_CARD_HOLDERS ?? 50);
/** The card network's caller: exempt from the gateway's rate limits by infra/bench.sh. */
const NETWORK = { sub: 'bench-receiver', name: 'Rede Bench', document: '52998224725' };
const MERCHANT = { name: 'Bench Store', mcc: '5411', city: 'São Paulo', country: 'BR' };

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

interface Result {
  readonly path: string;
  readonly authorizations: number;
  readonly targetPerSecond: number;
  readonly achievedPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly notApproved: number;
  /** Requests that got no answer (connection reset, timeout): not in the percentiles. */
  readonly failed: number;
}

/** One authorization at a time, COUNT / 10 of them: the decision's own latency, with no queue in front of it. */
async function oneAtATime(path: string, authorize: () => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let notApproved = 0;
  const count = Math.max(1, Math.floor(COUNT / 10));
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const sent = performance.now();
    if (!(await authorize())) notApproved++;
    latencies.push(performance.now() - sent);
  }
  return summary(path, latencies, (performance.now() - started) / 1000, Number.NaN, notApproved, 0);
}

function summary(path: string, latencies: number[], seconds: number, targetPerSecond: number, notApproved: number, failed: number): Result {
  const sorted = latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    path,
    authorizations: latencies.length + failed,
    targetPerSecond,
    achievedPerSecond: round((latencies.length + failed) / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
    notApproved,
    failed,
  };
}

/** Sends `authorize()` every 1/RATE s, COUNT times, and times each decision. */
async function openLoop(path: string, authorize: () => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let notApproved = 0;
  let failed = 0;
  const started = performance.now();
  const requests: Promise<void>[] = [];
  for (let index = 0; index < COUNT; index++) {
    const due = started + (index * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    requests.push(
      authorize().then(
        (approved) => {
          latencies.push(performance.now() - sent);
          if (!approved) notApproved++;
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(requests);
  return summary(path, latencies, (performance.now() - started) / 1000, RATE, notApproved, failed);
}

async function main(): Promise<void> {
  const stack = await startStack();
  try {
    const issue = async (index: number) => {
      const holder = { sub: `bench-card-holder-${randomUUID()}`, name: `Cliente ${index}`, document: '52998224725' };
      const opened = await stack.run(holder, OpenCheckingAccountDocument, { idempotencyKey: randomUUID() });
      const accountId = opened.data?.openAccount.account.id ?? '';
      await stack.run(holder, SimulateAccountDepositDocument, { input: { accountId, amount: '100000.00' }, idempotencyKey: randomUUID() });
      const issued = await stack.run(holder, IssueCardDocument, { input: { accountId, kind: 'DEBIT', form: 'VIRTUAL' }, idempotencyKey: randomUUID() });
      const revealed = await stack.run(holder, RevealCardDetailsDocument, { cardId: issued.data?.issueCard.card.id ?? '' });
      const details = revealed.data?.revealCardDetails.details;
      if (details === undefined) throw new Error(`could not issue a benchmark card: ${JSON.stringify([opened.errors, issued.errors, revealed.errors])}`);
      return details;
    };
    const cards: Awaited<ReturnType<typeof issue>>[] = [];
    for (let index = 0; index < HOLDERS; index++) cards.push(await issue(index));
    let next = 0;
    const request = () => ({ ...(cards[next++ % cards.length] as (typeof cards)[number]), amount: '1.00', merchant: MERCHANT });

    const module = stack.accounts.accounts.cards;
    const network = customer(NETWORK.sub, { name: NETWORK.name, document: NETWORK.document });
    if (network.kind !== 'authenticated') throw new Error('the network must be signed in');
    // Warm-up: connections, prepared plans, JIT.
    for (let i = 0; i < 50; i++) await authorizeCardPayment(module, network, request(), randomUUID());

    const inProcess = async () => (await authorizeCardPayment(module, network, request(), randomUUID())).status === 'APPROVED';
    const results = [
      await oneAtATime('ledger module, one at a time', inProcess),
      await openLoop('ledger module (use case in process)', inProcess),
      await openLoop(
        'gateway (HTTP, federated)',
        async () =>
          (await stack.run(NETWORK, SimulateCardAuthorizationDocument, { input: request(), idempotencyKey: randomUUID() })).data?.simulateCardAuthorization
            .authorization.status === 'APPROVED',
      ),
    ];
    process.stdout.write(
      `card authorization decision latency\n${results
        .map(
          (r) =>
            `${r.path}: ${r.achievedPerSecond}/s of ${r.targetPerSecond}/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms, ${r.notApproved} not approved, ${r.failed} failed`,
        )
        .join('\n')}\n`,
    );
    mkdirSync(join(__dirname, '..', '..', '.infra', 'results'), { recursive: true });
    writeFileSync(join(__dirname, '..', '..', '.infra', 'results', 'card-bench.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (results.some(({ notApproved, failed }) => notApproved + failed > 0)) throw new Error('some benchmark authorizations were not approved');
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
