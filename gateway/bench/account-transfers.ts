/**
 * `npm run bench`: transferBetweenAccounts through the gateway (JWT, query plan, signed call to the
 * accounts subgraph, the ledger's transfer statement) with 10,000 checking accounts. The accounts are
 * opened and funded in process (the use cases, not HTTP: setting up is not what is measured); then
 * BENCH_GATEWAY_SENDERS customers send BENCH_GATEWAY_TRANSFERS transfers to random accounts,
 * BENCH_GATEWAY_CONCURRENCY in flight. Prints the rate and p50/p99, writes .infra/results/gateway-transfers-bench.json.
 *   BENCH_GATEWAY_ACCOUNTS (10000) BENCH_GATEWAY_TRANSFERS (5000) BENCH_GATEWAY_SENDERS (64) BENCH_GATEWAY_CONCURRENCY (32) BENCH_GATEWAY_POOL (16)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customer, countSetting } from '@bank/testing';
import { openAccount } from '../../subgraphs/accounts/src/application/open-account';
import { simulateDeposit } from '../../subgraphs/accounts/src/application/transfers';
import type { CheckingAccount } from '../../subgraphs/accounts/src/domain';
import { startStack } from '../../test/e2e/stack';
import { graphql, tokenFor } from '../test/support';

const ACCOUNTS = countSetting('BENCH_GATEWAY_ACCOUNTS', 10_000);
const TRANSFERS = countSetting('BENCH_GATEWAY_TRANSFERS', 5_000);
const SENDERS = Math.min(countSetting('BENCH_GATEWAY_SENDERS', 64), ACCOUNTS);
const CONCURRENCY = countSetting('BENCH_GATEWAY_CONCURRENCY', 32);
const POOL = countSetting('BENCH_GATEWAY_POOL', 16);

const subjectOf = (index: number): string => `bench-account-${index}`;
const DOCUMENT = '52998224725';

const TRANSFER = `mutation BenchTransfer($input: TransferBetweenAccountsInput!, $key: String!) {
  transferBetweenAccounts(input: $input, idempotencyKey: $key) { transfer { id } }
}`;

/** Runs `work(i)` for i in [0, total) with `concurrency` in flight; returns each one's latency in ms. */
async function run(total: number, concurrency: number, work: (index: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const started = performance.now();
        await work(index);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  // The senders are exempt from the gateway's per-principal limits, as a load test's clients would be.
  process.env.RATE_LIMIT_EXEMPT_SUBJECTS = Array.from({ length: SENDERS }, (_, index) => subjectOf(index)).join(',');
  const stack = await startStack(undefined, { accountsPoolSize: POOL });
  try {
    const context = stack.accounts.accounts;
    process.stderr.write(`opening ${ACCOUNTS} accounts, funding ${SENDERS} senders...\n`);
    const accounts: CheckingAccount[] = new Array(ACCOUNTS);
    await run(ACCOUNTS, CONCURRENCY, async (index) => {
      const principal = customer(subjectOf(index), { name: `Bench ${index}`, document: DOCUMENT });
      if (principal.kind !== 'authenticated') throw new Error('a bench customer is authenticated');
      accounts[index] = await openAccount(context, principal, 'CHECKING', `bench-open-${index}`);
      if (index < SENDERS) await simulateDeposit(context, principal, { accountId: accounts[index].id, amount: '100000.00' }, `bench-fund-${index}`);
    });
    const tokens = Array.from({ length: SENDERS }, (_, index) => tokenFor({ sub: subjectOf(index), name: `Bench ${index}`, document: DOCUMENT }));

    process.stderr.write(`${TRANSFERS} transfers through the gateway, ${CONCURRENCY} in flight, accounts pool of ${POOL}...\n`);
    let failures = 0;
    const started = performance.now();
    const latencies = await run(TRANSFERS, CONCURRENCY, async (index) => {
      const sender = index % SENDERS;
      let receiver = (index * 7919 + 13) % ACCOUNTS;
      if (receiver === sender) receiver = (receiver + 1) % ACCOUNTS;
      const failed = await graphql(stack.gateway.url, TRANSFER, {
        token: tokens[sender] ?? '',
        variables: {
          input: { fromAccountId: accounts[sender]?.id, toBranch: '0001', toNumber: accounts[receiver]?.number, amount: '0.01' },
          key: `bench-${index}`,
        },
      }).then(
        ({ errors }) => errors,
        (error: unknown) => String(error),
      );
      if (failed !== undefined && failures++ === 0) process.stderr.write(`first failure: ${JSON.stringify(failed)}\n`);
    });
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const report = await context.ledger.reconcile();
    const result = {
      accounts: ACCOUNTS,
      transfers: TRANSFERS,
      senders: SENDERS,
      concurrency: CONCURRENCY,
      pool: POOL,
      perSecond: Math.round(TRANSFERS / seconds),
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      failures,
      ledgerBalanced: report.balanced,
      target: { perSecond: 500, p99Ms: 50 },
    };
    process.stdout.write(`\ntransferBetweenAccounts through the gateway\n${JSON.stringify(result, null, 2)}\n`);
    const dir = join(__dirname, '..', '..', '.infra', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gateway-transfers-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
    if (!report.balanced) throw new Error(`the ledger is out of balance by ${report.imbalanceCents} cents`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
