import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@bank/testing';
import { stringify } from 'yaml';
import { dashboardQueries } from './dashboard-queries';
import { DEMO_CUSTOMERS } from '../gateway/src/dev/demo-customers';
import { seedDemo } from '../gateway/src/dev/seed';
import { tokenFor } from '../gateway/test/support';
import { gatewayEnv } from '../gateway/src/config';
import { startStack, type Stack } from './e2e/stack';

const queries = dashboardQueries().map(({ file, panel, expr }) => ({ where: `${file}: ${panel}`, expr }));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const hostOf = (metricsUrl: string) => new URL(metricsUrl).host;

/**
 * Debian's Prometheus (the one `npm start -- --observability` runs) scraping the services of the
 * stack and RabbitMQ's plugin every second, its data in a directory of its own.
 */
async function startPrometheus(targets: readonly string[]): Promise<{ child: ChildProcess; url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dashboards-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    stringify({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      scrape_configs: [
        { job_name: 'services', static_configs: [{ targets }] },
        { job_name: 'rabbitmq', static_configs: [{ targets: ['127.0.0.1:15692'] }] },
      ],
    }),
  );
  const port = await freePort();
  const child = spawn('prometheus', [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => expect((await fetch(`${url}/-/ready`)).status).toBe(200), { timeoutMs: 30_000 });
  return { child, url, dir };
}

interface QueryResult {
  status: string;
  error?: string;
  data?: { result: unknown[] };
}

describe('the Grafana dashboards against a real Prometheus scraping the services', () => {
  let stack: Stack;
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  const query = async (expr: string): Promise<QueryResult> =>
    (await (await fetch(`${prometheus.url}/api/v1/query?${new URLSearchParams({ query: expr })}`)).json()) as QueryResult;

  beforeAll(async () => {
    // The story waits where a client would (a policy's first premium charge): the configured fetch timeout, not the tests' 2 s.
    stack = await startStack({ subgraphTimeoutMs: Number(gatewayEnv.SUBGRAPH_TIMEOUT_MS.devDefault) });
    prometheus = await startPrometheus(
      [
        stack.gateway.metricsUrl,
        stack.pix.server.metricsUrl,
        stack.loans.server.metricsUrl,
        stack.insurance.server.metricsUrl,
        stack.accounts.server.metricsUrl,
      ].map(hostOf),
    );
    // The workload: the demo story (every subgraph, its events and consumers) watched by a subscription, and a refused request.
    const ws = stack.wsClient({ authorization: `Bearer ${tokenFor(DEMO_CUSTOMERS.ana)}` });
    const unsubscribe = ws.subscribe(
      { query: 'subscription { myPaymentUpdates { kind } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    try {
      await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(0));
      await seedDemo(new URL(stack.gateway.url).origin);
      await stack.as(DEMO_CUSTOMERS.ana)('query { pixCharge(txid: "nonexistent0000000000000000") { txid } }');
    } finally {
      unsubscribe();
      await ws.dispose();
    }
  }, 180_000);

  afterAll(async () => {
    prometheus?.child.kill('SIGTERM');
    await stack?.stop();
    if (prometheus) rmSync(prometheus.dir, { recursive: true, force: true });
  });

  it('scrapes every service and RabbitMQ', async () => {
    await eventually(
      async () => {
        const up = (await query('up == 1')).data?.result.length;
        expect(up).toBe(6);
      },
      { timeoutMs: 30_000 },
    );
  });

  it('answers every panel query with a series after the workload (a zero where none is the truth)', async () => {
    await eventually(
      async () => {
        const empty: string[] = [];
        for (const { where, expr } of queries) {
          const result = await query(expr);
          if (result.status !== 'success') empty.push(`${where}: ${expr} failed: ${result.error}`);
          else if ((result.data?.result.length ?? 0) === 0) empty.push(`${where}: ${expr}`);
        }
        expect(empty).toEqual([]);
      },
      { timeoutMs: 60_000, intervalMs: 2_000 },
    );
  }, 90_000);
});
