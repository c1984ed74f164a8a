/**
 * Internal transfers per second through the ledger module on the local PostgreSQL: 10,000 customer
 * accounts and one hot central-bank settlement account that half the transfers touch (Pix in and
 * out), the other half between customers. Run once with the settlement account split into its
 * shards, once with a one-row settlement account, to show what the shards buy.
 *   BENCH_LEDGER_ACCOUNTS (10000) BENCH_LEDGER_TRANSFERS (20000) BENCH_LEDGER_CONCURRENCY (32) BENCH_LEDGER_POOL (16)
 * Prints a table and writes .infra/results/ledger-bench.json.
 */
import { countSetting } from '@bank/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Registry } from 'prom-client';
import { Money } from '@bank/kernel';
import { connectPostgres, temporaryDatabase } from '@bank/store-postgres';
import { BANK_ACCOUNTS, connectLedger, parseAccountId, parseTransferId, type AccountId, type Ledger, type TransferRequest } from '../src/ledger';
import type { LedgerDatabase } from '../src/ledger/infrastructure/postgres/schema';
import { backendCpuSeconds, postgresCpuSeconds, walStats } from './postgres-stats';

const ACCOUNTS = countSetting('BENCH_LEDGER_ACCOUNTS', 10_000);
const TRANSFERS = countSetting('BENCH_LEDGER_TRANSFERS', 20_000);
const CONCURRENCY = countSetting('BENCH_LEDGER_CONCURRENCY', 32);
const POOL = countSetting('BENCH_LEDGER_POOL', 16);
const SERVER_URL = process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const SHARDED = parseAccountId(BANK_ACCOUNTS.centralBankSettlement.id);
const ONE_ROW = parseAccountId('bench:one-row-settlement');

/** Runs `work(i)` for i in [0, total) with `concurrency` in flight; returns each one's latency in ms. */
async function run(total: number, concurrency: number, work: (index: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const started = process.hrtime.bigint();
        await work(index);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return latencies;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`no item ${index}`);
  return item;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

interface Scenario {
  readonly name: string;
  readonly transfers: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly nodeCpuShare: number;
  /** The server processes of the ledger's own connections. */
  readonly ledgerBackendsCpuShare: number;
  /** Every PostgreSQL process on the machine (WAL writer, other services' and tests' connections too). */
  readonly postgresCpuShare: number;
  readonly walSyncs: number | null;
  readonly retriedOrRefused: number;
}

async function scenario(name: string, ledger: Ledger, accounts: readonly AccountId[], settlement: AccountId, run_id: string): Promise<Scenario> {
  let refused = 0;
  const random = (seed: number) => at(accounts, (seed * 7919 + 13) % accounts.length);
  const request = (index: number): TransferRequest => {
    const id = parseTransferId(`${run_id}-${index}`);
    const customer = random(index);
    const common = { id, amount: Money.fromCents(1 + (index % 100)), description: null } as const;
    switch (index % 4) {
      case 0:
        return { type: 'single', ...common, debitAccountId: settlement, creditAccountId: customer, code: 'pix' };
      case 1:
        return { type: 'single', ...common, debitAccountId: customer, creditAccountId: settlement, code: 'pix' };
      default:
        return {
          type: 'single',
          ...common,
          debitAccountId: customer,
          creditAccountId: random(index * 31 + 1) === customer ? random(index + 1) : random(index * 31 + 1),
          code: 'transfer',
        };
    }
  };
  const cpuBefore = process.cpuUsage();
  const pgBefore = postgresCpuSeconds();
  const backends = await backendCpuSeconds(SERVER_URL, 'accounts-ledger');
  const backendsBefore = backends();
  const walBefore = await walStats(SERVER_URL);
  const started = process.hrtime.bigint();
  const latencies = await run(TRANSFERS, CONCURRENCY, (index) => ledger.createTransfer(request(index)).catch(() => void refused++));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const walAfter = await walStats(SERVER_URL);
  latencies.sort((a, b) => a - b);
  return {
    name,
    transfers: TRANSFERS,
    perSecond: Math.round(TRANSFERS / seconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    nodeCpuShare: Number(((cpu.user + cpu.system) / 1e6 / seconds).toFixed(2)),
    ledgerBackendsCpuShare: Number(((backends() - backendsBefore) / seconds).toFixed(2)),
    postgresCpuShare: Number(((postgresCpuSeconds() - pgBefore) / seconds).toFixed(2)),
    walSyncs: walBefore === null || walAfter === null ? null : walAfter.syncs - walBefore.syncs,
    retriedOrRefused: refused,
  };
}

async function main(): Promise<void> {
  const database = await temporaryDatabase(SERVER_URL, 'ledger_bench');
  const connected = await connectLedger({ postgresUrl: database.url, poolSize: POOL, registry: new Registry() });
  const admin = connectPostgres<LedgerDatabase>({ url: database.url, poolSize: 1 });
  try {
    const { ledger } = connected;
    process.stderr.write(`opening and funding ${ACCOUNTS} accounts...\n`);
    const accounts = Array.from({ length: ACCOUNTS }, (_, index) => parseAccountId(`bench-${index}`));
    await run(ACCOUNTS, CONCURRENCY, async (index) => {
      await ledger.openCustomerAccount({ id: at(accounts, index), customerId: `customer-${index}`, overdraftLimit: Money.ZERO });
      await ledger.createTransfer({
        type: 'single',
        id: parseTransferId(`fund-${index}`),
        debitAccountId: SHARDED,
        creditAccountId: at(accounts, index),
        amount: Money.fromCents(1_000_000),
        code: 'deposit',
        description: null,
      });
    });
    await sql`insert into accounts (id, kind, bank_name, normal, shards, opened_at) values (${ONE_ROW}, 'bank', 'benchOneRowSettlement', 'debit', 1, now())`.execute(
      admin.db,
    );
    await sql`insert into account_balances (account_id, shard) values (${ONE_ROW}, 0)`.execute(admin.db);

    const results: Scenario[] = [];
    process.stderr.write(`${TRANSFERS} transfers, ${CONCURRENCY} in flight, pool of ${POOL}...\n`);
    results.push(await scenario(`settlement in ${BANK_ACCOUNTS.centralBankSettlement.shards} shards`, ledger, accounts, SHARDED, 'sharded'));
    results.push(await scenario('settlement in one row', ledger, accounts, ONE_ROW, 'one-row'));
    const report = await ledger.reconcile();
    if (!report.balanced) throw new Error(`the ledger is out of balance by ${report.imbalanceCents} cents`);

    const rows = results.map(
      (r) =>
        `| ${r.name} | ${r.transfers} | ${r.perSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.nodeCpuShare} | ${r.ledgerBackendsCpuShare} | ${r.postgresCpuShare} | ${r.walSyncs ?? '—'} | ${r.retriedOrRefused} |`,
    );
    process.stdout.write(
      [
        `Ledger: internal transfers, ${ACCOUNTS} accounts, half the transfers through the hot settlement account, ${CONCURRENCY} in flight, pool ${POOL}`,
        '| scenario | transfers | transfers/s | p50 ms | p99 ms | node CPU (cores) | ledger backends CPU (cores) | all postgres CPU (cores) | WAL syncs | refused |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        `reconciliation after the run: balanced, ${report.totals.debitsPosted.toString()} posted`,
        '',
      ].join('\n'),
    );
    const directory = join(__dirname, '..', '..', '..', '.infra', 'results');
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      join(directory, 'ledger-bench.json'),
      JSON.stringify({ accounts: ACCOUNTS, concurrency: CONCURRENCY, pool: POOL, scenarios: results }, null, 2),
    );
  } finally {
    await admin.close();
    await connected.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
