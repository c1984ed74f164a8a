import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Pool } from 'undici';
import { tokenFor, type TokenClaims } from '../test/support';

/** A positive number from the environment, or the fallback. */
export const setting = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

/** The parts of a bench to run: those BENCH_ONLY names (comma-separated, e.g. `P3,P4`; infra/bench.sh checks the names), or all of them. */
export function benchParts<Part extends string>(parts: readonly Part[]): ReadonlySet<Part> {
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
  return new Set(only === undefined || only.join('') === '' ? parts : parts.filter((part) => only.includes(part)));
}

export interface Latencies {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export function latencies(samples: readonly number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN).toFixed(1));
  return { p50: at(50), p90: at(90), p99: at(99), max: Number((sorted.at(-1) ?? Number.NaN).toFixed(1)) };
}

/** CPU milliseconds each process has used so far, by name (the services of the stack under load). */
export type CpuClock = () => Readonly<Record<string, number>>;

export interface CpuShare {
  /** All the processes together, per request (or payment). */
  readonly total: number;
  readonly byProcess: Readonly<Record<string, number>>;
}

/** What `cpu` spent per unit since `before` (a reading of the same clock). */
export function cpuSince(cpu: CpuClock, before: Readonly<Record<string, number>>, units: number): CpuShare {
  const spent = Object.entries(cpu()).map(([name, ms]) => [name, (ms - (before[name] ?? 0)) / Math.max(1, units)] as const);
  const round = (ms: number) => Number(ms.toFixed(2));
  return { total: round(spent.reduce((sum, [, ms]) => sum + ms, 0)), byProcess: Object.fromEntries(spent.map(([name, ms]) => [name, round(ms)])) };
}

export interface LoadResult {
  readonly requests: number;
  readonly failures: number;
  readonly perSecond: number;
  readonly latencyMs: Latencies;
  /** CPU time the services spent per request: unlike the rate it hardly moves when another workload shares the machine. */
  readonly cpuMsPerRequest: CpuShare;
}

/**
 * `connections` clients, each sending its next request as soon as the last one answered, for `durationMs`
 * or until `request` returns false (nothing left to ask). A request that throws counts as a failure.
 */
export async function closedLoop(connections: number, durationMs: number, cpu: CpuClock, request: (index: number) => Promise<boolean>): Promise<LoadResult> {
  const samples: number[] = [];
  let failures = 0;
  let next = 0;
  const cpuBefore = cpu();
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          if (!(await request(next++))) return;
          samples.push(performance.now() - sent);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: samples.length,
    failures,
    perSecond: Number((samples.length / seconds).toFixed(1)),
    latencyMs: latencies(samples),
    cpuMsPerRequest: cpuSince(cpu, cpuBefore, samples.length),
  };
}

export interface GraphQLClient {
  /** Runs the operation as `claims`; throws on an HTTP or GraphQL error. */
  run<Data, Variables extends Record<string, unknown>>(claims: TokenClaims, document: TypedDocumentNode<Data, Variables>, variables?: Variables): Promise<Data>;
  close(): Promise<void>;
}

/** A keep-alive pool of `connections` to the gateway, as a load generator's clients would hold. */
export function graphqlClient(url: string, connections: number): GraphQLClient {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections });
  const tokens = new Map<string, string>();
  const queries = new WeakMap<object, string>();
  return {
    async run(claims, document, variables) {
      const token = tokens.get(claims.sub) ?? tokenFor({ ...claims, expiresIn: 3_600 });
      tokens.set(claims.sub, token);
      const query = queries.get(document) ?? print(document);
      queries.set(document, query);
      const response = await pool.request({
        method: 'POST',
        path: pathname,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.body.json()) as { data?: unknown; errors?: { message: string }[] };
      if (response.statusCode !== 200 || body.errors !== undefined) throw new Error(`${response.statusCode}: ${JSON.stringify(body.errors)}`);
      return body.data as never;
    },
    close: () => pool.close(),
  };
}

/** The machine the figures come from, and how busy it was (the load average counts other work too). */
export const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
});

/** Writes `.infra/results/<name>.json` and returns its path. */
export function writeResults(name: string, results: unknown): string {
  const directory = join(__dirname, '..', '..', '.infra', 'results');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.json`);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}

/** A fixed-width table of rows with the same keys. */
export function table(rows: readonly Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...rows.map((row) => line(columns.map((column) => String(row[column]))))].join('\n');
}
