import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { temporaryDatabase, type TemporaryDatabase } from '@bank/store-postgres';
import { eventually, serviceTestEnv, testEndpoints } from '@bank/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { JWT_TEST_SECRET, tokenFor } from '../gateway/test/support';

const root = join(__dirname, '..');

interface CollectedSpan {
  readonly service: string;
  readonly name: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
}

interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { name: string; traceId: string; spanId: string; parentSpanId?: string }[] }[];
  }[];
}

/** An OTLP/HTTP JSON receiver, as a collector or Jaeger's OTLP port is: what the services export lands here. */
async function otlpCollector(): Promise<{ server: Server; endpoint: string; spans: CollectedSpan[] }> {
  const spans: CollectedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const { resourceSpans = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
        for (const { resource, scopeSpans = [] } of resourceSpans) {
          const service = resource?.attributes?.find(({ key }) => key === 'service.name')?.value.stringValue ?? 'unknown';
          for (const { spans: scoped = [] } of scopeSpans)
            for (const { name, traceId, spanId, parentSpanId = '' } of scoped) spans.push({ service, name, traceId, spanId, parentSpanId });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

interface ServiceProcess {
  readonly child: ChildProcess;
  readonly url: Promise<string>;
  /** Its log lines, parsed. */
  readonly logs: Record<string, unknown>[];
}

/** A service as `npm start` runs it (its own process, its main.ts), ready once its log says so. */
function startService(main: string, readyMessage: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', main], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  const url = new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${main} exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === readyMessage && typeof entry.url === 'string') resolve(entry.url);
    });
  });
  return { child, url, logs };
}

const stopped = (service: ServiceProcess) =>
  new Promise<void>((resolve) => {
    if (service.child.exitCode !== null) return resolve();
    service.child.once('exit', () => resolve());
    service.child.kill('SIGTERM');
  });

describe('OpenTelemetry: one trace from the client through the gateway, Pix, its outbox and RabbitMQ to the consumers', () => {
  let collector: Awaited<ReturnType<typeof otlpCollector>>;
  let services: ServiceProcess[] = [];
  let gateway: ServiceProcess;
  let gatewayUrl: string;
  let accountsDatabase: TemporaryDatabase | undefined;

  beforeAll(async () => {
    collector = await otlpCollector();
    // The standard variables only: tracing is on because an OTLP endpoint is configured.
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '200' };
    const shared: Record<string, string> = { ...serviceTestEnv('tracing'), ...otel, LOG_LEVEL: 'debug' };
    const pix = startService('subgraphs/pix/src/main.ts', 'pix subgraph ready', { ...shared, PIX_SETTLEMENT_LATENCY_MS: '0' });
    // Accounts consumes every paid charge (to credit it on the ledger), whoever asked for it.
    accountsDatabase = await temporaryDatabase(testEndpoints.postgresUrl, 'accounts_tracing');
    const accounts = startService('subgraphs/accounts/src/main.ts', 'accounts subgraph ready', { ...shared, POSTGRES_URL: accountsDatabase.url });
    services = [pix, accounts];
    const [pixUrl, accountsUrl] = await Promise.all([pix.url, accounts.url]);
    // Loans and insurance are not running: the gateway serves what it can, and this trace needs neither.
    gateway = startService('gateway/src/main.ts', 'gateway ready', {
      ...shared,
      JWT_SECRET: JWT_TEST_SECRET,
      PIX_URL: pixUrl,
      ACCOUNTS_URL: accountsUrl,
      LOANS_URL: 'http://127.0.0.1:9/graphql',
      INSURANCE_URL: 'http://127.0.0.1:9/graphql',
    });
    services.push(gateway);
    gatewayUrl = await gateway.url;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map(stopped));
    await accountsDatabase?.drop();
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it("puts a payment's spans from the gateway, pix (request and outbox relay) and the consumers of pix.charge.paid under the client's trace id", async () => {
    const customer = { sub: `c-trace-${randomUUID()}` };
    const token = tokenFor(customer);
    const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const response = await fetch(new URL('/graphql', gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, Record<string, Record<string, string>>>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const { registerPixKey } = await post('mutation($k: String!) { registerPixKey(input: { type: EVP }, idempotencyKey: $k) { pixKey { key } } }', {
      k: randomUUID(),
    });
    const { createPixCharge } = await post(
      'mutation($input: CreatePixChargeInput!, $key: String!) { createPixCharge(input: $input, idempotencyKey: $key) { charge { txid } } }',
      { input: { key: registerPixKey!.pixKey!.key, amount: '12.34', description: 'traced' }, key: randomUUID() },
    );
    const txid = createPixCharge!.charge!.txid!;

    // A checkout screen waits on the charge.
    const pushed: unknown[] = [];
    const ws = createClient({
      url: gatewayUrl.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const unsubscribe = ws.subscribe(
      { query: 'subscription($txid: ID!) { pixChargeStatusChanged(txid: $txid) { status } }', variables: { txid } },
      { next: (value) => void pushed.push(value), error: () => undefined, complete: () => undefined },
    );
    try {
      const metricsUrl = String(gateway.logs.find(({ msg }) => msg === 'gateway ready')?.metrics);
      await eventually(async () => expect(await (await fetch(metricsUrl)).text()).toMatch(/^gateway_subscriptions_active\{[^}]*\} 1$/m));

      // The client's own span: its trace id is what every service must continue.
      const traceId = randomBytes(16).toString('hex');
      const clientSpanId = randomBytes(8).toString('hex');
      await post(
        'mutation($txid: ID!, $k: String!) { simulatePixPayment(input: { txid: $txid }, idempotencyKey: $k) { payment { endToEndId } } }',
        { txid, k: randomUUID() },
        { traceparent: `00-${traceId}-${clientSpanId}-01` },
      );
      await eventually(() => expect(pushed).toEqual([{ data: { pixChargeStatusChanged: { status: 'COMPLETED' } } }]), { timeoutMs: 20_000 });

      const inTrace = () => collector.spans.filter((span) => span.traceId === traceId);
      // Spans arrive in batches as they end, parents after their children: the checks hold once all are in.
      await eventually(
        () => {
          const spans = inTrace();
          const names = (service: string) => spans.flatMap((span) => (span.service === service ? [span.name] : []));
          expect(names('pix')).toContain('outbox relay publish pix.charge.paid');
          expect(names('accounts')).toEqual(expect.arrayContaining([expect.stringMatching(/process pix\.charge\.paid$/)]));
          expect(names('gateway')).toContain('subscription push pix.charge.paid');
          // The gateway's server span continues the client's span; pix's server span continues a gateway span.
          const byId = new Map(spans.map((span) => [span.spanId, span]));
          expect(spans.some((span) => span.service === 'gateway' && span.parentSpanId === clientSpanId)).toBe(true);
          expect(spans.some((span) => span.service === 'pix' && byId.get(span.parentSpanId)?.service === 'gateway')).toBe(true);
          // Every span of the trace hangs from the client's span: no orphan, no second root.
          const reachesClient = (span: CollectedSpan, hops = 0): boolean =>
            span.parentSpanId === clientSpanId || (hops < 100 && byId.has(span.parentSpanId) && reachesClient(byId.get(span.parentSpanId)!, hops + 1));
          expect(spans.filter((span) => !reachesClient(span)).map(({ service, name }) => `${service}: ${name}`)).toEqual([]);
          expect(new Set(spans.map(({ service }) => service))).toEqual(new Set(['gateway', 'pix', 'accounts']));
        },
        { timeoutMs: 20_000 },
      );

      // Log lines written inside the trace carry its id.
      expect(gateway.logs.filter(({ msg }) => msg === 'payment event dispatched').map(({ trace_id: id }) => id)).toContain(traceId);
    } finally {
      unsubscribe();
      await ws.dispose();
    }
  }, 120_000);
});
