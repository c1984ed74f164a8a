import { spawn, type ChildProcess } from 'node:child_process';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createDynamoDbClient } from '@bank/store-dynamodb';
import { temporaryDatabase } from '@bank/store-postgres';
import { serviceTestEnv, testEndpoints, uniqueName } from '@bank/testing';
import type { Client } from 'graphql-ws';
import { gatewaySocket, JWT_TEST_SECRET } from '../test/support';

const ROOT = join(__dirname, '..', '..');
const SUBGRAPHS = ['pix', 'loans', 'insurance', 'accounts'] as const;
type ServiceName = (typeof SUBGRAPHS)[number] | 'gateway';

/** The whole stack as `npm start` runs it: each service its own Node.js process, the bench a client of the gateway. */
export interface ProcessStack {
  readonly gatewayUrl: string;
  readonly wsClient: (connectionParams: Record<string, unknown>) => Client;
  /** Subscriptions open at the gateway (its `gateway_subscriptions_active` gauge). */
  activeSubscriptions(): Promise<number>;
  /** CPU milliseconds each service's process, and each local store's processes, have used so far. */
  cpuMs(): Readonly<Record<ServiceName | StoreName, number>>;
  stop(): Promise<void>;
}

interface RunningService {
  readonly name: ServiceName;
  readonly child: ChildProcess;
  readonly port: number;
  readonly metricsPort: number;
}

/**
 * Starts the four subgraphs and the gateway, each as `npm start` does (`tsx --conditions=development src/main.ts`
 * in its workspace, which is Node.js with tsx's loader), on free ports, with data of their own: fresh DynamoDB
 * tables, MongoDB and PostgreSQL databases and an events exchange, so that every run starts with no history.
 * Logs (warn and above) go to .infra/logs/bench-<service>.log.
 */
export async function startProcessStack(): Promise<ProcessStack> {
  const accountsDatabase = await temporaryDatabase(testEndpoints.postgresUrl, 'accounts_bench');
  const shared = {
    ...serviceTestEnv('bench'),
    LOG_LEVEL: 'warn',
    EVENTS_EXCHANGE: uniqueName('bench-events'),
    PIX_SETTLEMENT_LATENCY_MS: '0',
    ACCOUNTS_SANDBOX_ENABLED: 'true',
  };
  const table = uniqueName('bench');
  const own: Record<(typeof SUBGRAPHS)[number], Record<string, string>> = {
    pix: { DYNAMODB_TABLE: `${table}-pix` },
    insurance: { DYNAMODB_TABLE: `${table}-insurance` },
    loans: { MONGODB_URL: `${testEndpoints.mongodbUrl}/${table.replace(/-/g, '_')}_loans` },
    accounts: { POSTGRES_URL: accountsDatabase.url },
  };
  const services: RunningService[] = [];
  const stopAll = async () => {
    await Promise.all(services.map(({ child }) => stopProcess(child)));
    await accountsDatabase.drop();
    // The local DynamoDB holds every table in memory, and slows as they pile up run after run.
    await dropTables([`${table}-pix`, `${table}-insurance`]);
  };
  try {
    for (const name of SUBGRAPHS) services.push(await startService(name, `subgraphs/${name}`, { ...shared, ...own[name] }));
    const url = (name: ServiceName) => `http://127.0.0.1:${services.find((service) => service.name === name)?.port}/graphql`;
    const gateway = await startService('gateway', 'gateway', {
      ...shared,
      JWT_SECRET: JWT_TEST_SECRET,
      PIX_URL: url('pix'),
      LOANS_URL: url('loans'),
      INSURANCE_URL: url('insurance'),
      ACCOUNTS_URL: url('accounts'),
      ...(process.env.RATE_LIMIT_EXEMPT_SUBJECTS === undefined ? {} : { RATE_LIMIT_EXEMPT_SUBJECTS: process.env.RATE_LIMIT_EXEMPT_SUBJECTS }),
    });
    services.push(gateway);
  } catch (error) {
    await stopAll();
    throw error;
  }
  const gatewayService = services.at(-1) as RunningService;
  const gatewayUrl = `http://127.0.0.1:${gatewayService.port}/graphql`;
  const clients: Client[] = [];
  return {
    gatewayUrl,
    wsClient: (connectionParams) => {
      const client = gatewaySocket(gatewayUrl, connectionParams);
      clients.push(client);
      return client;
    },
    activeSubscriptions: async () => {
      const metrics = await (await fetch(`http://127.0.0.1:${gatewayService.metricsPort}/metrics`)).text();
      const active = /^gateway_subscriptions_active(?:\{[^}]*\})? (\d+)$/m.exec(metrics)?.[1];
      if (active === undefined) throw new Error('the gateway exports no gateway_subscriptions_active');
      return Number(active);
    },
    cpuMs: () => ({
      ...(Object.fromEntries(services.map(({ name, child }) => [name, processCpuMs(child.pid)])) as Record<ServiceName, number>),
      ...storesCpuMs(),
    }),
    stop: async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      await stopAll();
    },
  };
}

/** BENCH_PROFILE=pix,gateway: those services write a V8 CPU profile (.cpuprofile) under .infra/results/profiles/ when they stop. */
const PROFILED: ReadonlySet<string> = new Set((process.env.BENCH_PROFILE ?? '').split(',').map((name) => name.trim()));

async function dropTables(names: readonly string[]): Promise<void> {
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint: testEndpoints.dynamodbEndpoint });
  try {
    // A service that failed to start may have created neither.
    await Promise.all(names.map((TableName) => client.send(new DeleteTableCommand({ TableName })).catch(() => undefined)));
  } finally {
    client.destroy();
  }
}

async function startService(name: ServiceName, workspace: string, env: Record<string, string>): Promise<RunningService> {
  const [port, metricsPort] = [await freePort(), await freePort()];
  const logs = join(ROOT, '.infra', 'logs');
  mkdirSync(logs, { recursive: true });
  const log = createWriteStream(join(logs, `bench-${name}.log`));
  const profiled = PROFILED.has(name) ? [`--cpu-prof`, `--cpu-prof-dir=${join(ROOT, '.infra', 'results', 'profiles', name)}`] : [];
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [...profiled, '--conditions=development', '--import', 'tsx', 'src/main.ts'], {
    cwd: join(ROOT, workspace),
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), METRICS_PORT: String(metricsPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) while starting; see .infra/logs/bench-${name}.log`))),
  );
  await Promise.race([untilReady(`http://127.0.0.1:${port}/health/ready`, name), exited]);
  return { name, child, port, metricsPort };
}

async function untilReady(url: string, name: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready within 2 minutes`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => (clearTimeout(killer), resolve()));
    child.kill('SIGTERM');
  });
}

/** The local stores' processes, told apart by their command lines. */
const STORES = {
  dynalite: /dynalite/,
  ferretdb: /ferretdb/,
  postgres: /^(\S*\/)?postgres[: ]/,
  rabbitmq: /beam\.smp/,
  redis: /^(\S*\/)?redis-server /,
} as const;
type StoreName = keyof typeof STORES;

/**
 * CPU of every process of each store on this machine (PostgreSQL's backends among them), from /proc: the
 * stores answer this run's services, and anything else using them meanwhile counts too.
 */
function storesCpuMs(): Record<StoreName, number> {
  const spent = Object.fromEntries(Object.keys(STORES).map((name) => [name, 0])) as Record<StoreName, number>;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const command = readOrEmpty(`/proc/${pid}/cmdline`).replace(/\0/g, ' ');
    const store = (Object.keys(STORES) as StoreName[]).find((name) => STORES[name].test(command));
    if (store !== undefined) spent[store] += processCpuMs(Number(pid));
  }
  return spent;
}

/**
 * User and system time of a process and of its children that have exited, from /proc (clock ticks of 10 ms, as on
 * every Linux this runs on). The children count because PostgreSQL ends idle backends: without them a store's CPU
 * would fall when one exits.
 */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  // The fields after the command's name, which is in parentheses and may hold spaces: utime, stime, cutime and
  // cstime are the 12th to the 15th.
  const fields = readOrEmpty(`/proc/${pid}/stat`).split(') ')[1]?.split(' ') ?? [];
  return fields.length < 15 ? 0 : fields.slice(11, 15).reduce((ticks, field) => ticks + Number(field), 0) * 10;
}

/** A file of a process that may have exited by now. */
function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
