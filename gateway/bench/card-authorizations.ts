/**
 * `npm run bench`: card authorization decision latency at a steady rate, open loop (each request
 * leaves on schedule whether or not the previous one answered), spread over debit cards of many
 * customers with funds to spare (one card's authorizations take turns on its account's balance row,
 * as they must): once calling the use case in process (the ledger module and PostgreSQL), once
 * through the gateway over HTTP (gateway, signed subgraph call, the same path), the network being one
 * principal exempt from rate limits, over a keep-alive pool as a network's connections would be.
 * Every authorization must be approved; what was not is counted by why (a decline reason, or the
 * error code such as SUBGRAPH_UNAVAILABLE when the gateway gave up waiting), and each scenario
 * reports how busy this process's event loop was: everything (the load, the gateway, the four
 * subgraphs, their relays and consumers) runs on it, so near 100 % it, not PostgreSQL, is the limit.
 *   BENCH_CARD_RATE (200) per second, BENCH_CARD_AUTHORIZATIONS (2000) per scenario, BENCH_CARD_HOLDERS (50).
 * Prints a table and writes .infra/results/card-bench.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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
import { graphqlClient } from './support';

const RATE = Number(process.env.BENCH_CARD_RATE ?? 200);
const COUNT = Number(process.env.BENCH_CARD_AUTHORIZATIONS ?? 2000);
const HOLDERS = Number(process.env.BENCH_CARD_HOLDERS ?? 50);
/** The card network's caller: exempt from the gateway's rate limits. */
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
  /** Why, by decline reason or error code: { INSUFFICIENT_FUNDS: 3, SUBGRAPH_UNAVAILABLE: 120 }. */
  readonly notApprovedBy: Record<string, number>;
  /** Requests that got no answer (connection reset, timeout): not in the percentiles. */
  readonly failed: number;
  /** The share of the scenario's time this process's event loop was busy, in percent. */
  readonly eventLoopBusyPercent: number;
}

/** An authorization's outcome: approved, or why not. */
type Outcome = 'APPROVED' | (string & {});

/** Counts the outcomes that were not approvals, by why. */
class Tally {
  readonly by: Record<string, number> = {};
  count(outcome: Outcome): void {
    if (outcome !== 'APPROVED') this.by[outcome] = (this.by[outcome] ?? 0) + 1;
  }
  get total(): number {
    return Object.values(this.by).reduce((sum, n) => sum + n, 0);
  }
}

/** One authorization at a time, COUNT / 10 of them: the decision's own latency, with no queue in front of it. */
async function oneAtATime(path: string, authorize: () => Promise<Outcome>): Promise<Result> {
  const latencies: number[] = [];
  const tally = new Tally();
  const count = Math.max(1, Math.floor(COUNT / 10));
  const started = performance.now();
  const loop = performance.eventLoopUtilization();
  for (let index = 0; index < count; index++) {
    const sent = performance.now();
    tally.count(await authorize());
    latencies.push(performance.now() - sent);
  }
  return summary(path, latencies, (performance.now() - started) / 1000, Number.NaN, tally, 0, performance.eventLoopUtilization(loop).utilization);
}

function summary(
  path: string,
  latencies: number[],
  seconds: number,
  targetPerSecond: number,
  tally: Tally,
  failed: number,
  eventLoopUtilization: number,
): Result {
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
    notApproved: tally.total,
    notApprovedBy: tally.by,
    failed,
    eventLoopBusyPercent: Math.round(eventLoopUtilization * 100),
  };
}

/** Sends `authorize()` every 1/RATE s, COUNT times, and times each decision. */
async function openLoop(path: string, authorize: () => Promise<Outcome>): Promise<Result> {
  const latencies: number[] = [];
  const tally = new Tally();
  let failed = 0;
  const started = performance.now();
  const loop = performance.eventLoopUtilization();
  const requests: Promise<void>[] = [];
  for (let index = 0; index < COUNT; index++) {
    const due = started + (index * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    requests.push(
      authorize().then(
        (outcome) => {
          latencies.push(performance.now() - sent);
          tally.count(outcome);
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(requests);
  return summary(path, latencies, (performance.now() - started) / 1000, RATE, tally, failed, performance.eventLoopUtilization(loop).utilization);
}

async function main(): Promise<void> {
  // The network is exempt from the gateway's rate limits, as infra/bench.sh also says: run alone, the file would measure RATE_LIMITED.
  process.env.RATE_LIMIT_EXEMPT_SUBJECTS = [process.env.RATE_LIMIT_EXEMPT_SUBJECTS, NETWORK.sub].filter(Boolean).join(',');
  // A card network waits about 2 s for the issuer's answer: so does the gateway here.
  const stack = await startStack({ subgraphTimeoutMs: 2_000 });
  const client = graphqlClient(stack.gateway.url, 256);
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

    const inProcess = async (): Promise<Outcome> => {
      const decided = await authorizeCardPayment(module, network, request(), randomUUID());
      return decided.status === 'APPROVED' ? 'APPROVED' : decided.declineReason;
    };
    const results = [
      await oneAtATime('ledger module, one at a time', inProcess),
      await openLoop('ledger module (use case in process)', inProcess),
      await openLoop('gateway (HTTP, federated)', async (): Promise<Outcome> => {
        try {
          const { authorization } = (await client.run(NETWORK, SimulateCardAuthorizationDocument, { input: request(), idempotencyKey: randomUUID() }))
            .simulateCardAuthorization;
          return authorization.status === 'APPROVED' ? 'APPROVED' : (authorization.declineReason ?? 'DECLINED');
        } catch (error) {
          // The client throws "<status>: <errors>" for an answer with errors: count it by its code.
          return /"code":"([A-Z_]+)"/.exec(String(error))?.[1] ?? 'ERROR';
        }
      }),
    ];
    process.stdout.write(
      `card authorization decision latency\n${results
        .map(
          (r) =>
            `${r.path}: ${r.achievedPerSecond}/s of ${r.targetPerSecond}/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms, ` +
            `${r.notApproved} not approved ${JSON.stringify(r.notApprovedBy)}, ${r.failed} failed, event loop ${r.eventLoopBusyPercent} % busy`,
        )
        .join('\n')}\n`,
    );
    mkdirSync(join(__dirname, '..', '..', '.infra', 'results'), { recursive: true });
    writeFileSync(join(__dirname, '..', '..', '.infra', 'results', 'card-bench.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (results.some(({ notApproved, failed }) => notApproved + failed > 0)) throw new Error('some benchmark authorizations were not approved');
  } finally {
    await client.close();
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
