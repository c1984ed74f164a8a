import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEndpoints } from '@bank/testing';
import { parse } from 'yaml';
import { loadConfig, type Spec } from '@bank/platform';
import { z } from 'zod';
import { gatewayEnv } from '../gateway/src/config';
import { accountsEnv } from '../subgraphs/accounts/src/config';
import { insuranceEnv } from '../subgraphs/insurance/src/config';
import { loansEnv } from '../subgraphs/loans/src/config';
import { pixEnv } from '../subgraphs/pix/src/config';

const root = join(__dirname, '..');
const readYaml = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'), { merge: true });

const Service = z.object({
  profiles: z.array(z.string()).default([]),
  build: z.object({ context: z.string(), dockerfile: z.string(), args: z.record(z.string(), z.string()) }).optional(),
  ports: z.array(z.string()).default([]),
  environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).default({}),
  healthcheck: z.object({ test: z.union([z.string(), z.array(z.string())]) }).optional(),
});
const compose = z.object({ services: z.record(z.string(), Service) }).parse(readYaml('docker-compose.yml'));
const services = compose.services;

/** Read by the AWS SDK itself, not by the service's config: DynamoDB Local needs signed requests. */
const awsSdkEnv = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

/** What NODE_ENV=production demands of a spec (no development defaults there), and what it merely accepts. */
const envOf = (spec: Spec, port: number, metricsPort: number, extraOptional: readonly string[] = []) => ({
  port,
  metricsPort,
  required: Object.entries(spec).flatMap(([name, variable]) => (variable.optional ? [] : [name])),
  optional: [...Object.entries(spec).flatMap(([name, variable]) => (variable.optional ? [name] : [])), ...extraOptional],
});

/** The environment each service reads, from the services' own config specs. */
const apps = {
  gateway: envOf(gatewayEnv, 4000, 9400),
  pix: envOf(pixEnv, 4001, 9401, awsSdkEnv),
  loans: envOf(loansEnv, 4002, 9402),
  insurance: envOf(insuranceEnv, 4003, 9403, awsSdkEnv),
  accounts: envOf(accountsEnv, 4004, 9404),
};
const appEntries = Object.entries(apps);
const infrastructure = ['mongo', 'postgres', 'rabbitmq', 'redis', 'dynamodb', 'prometheus', 'grafana'];
/** What `docker compose --profile infra up` runs beside `npm start`. */
const stores = ['mongo', 'postgres', 'rabbitmq', 'redis', 'dynamodb'];

/** An env file as compose reads it: KEY=value lines, # comments. */
const envFile = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
const envExample = envFile(readFileSync(join(root, '.env.example'), 'utf8'));

/** Compose's interpolation of ${NAME}, ${NAME:-default} and ${NAME:?error} from the .env file. */
const interpolate = (value: string | number | boolean, env: Record<string, string>): string =>
  String(value).replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
    const given = env[name];
    if (given !== undefined && given !== '') return given;
    if (kind === '?') throw new Error(`compose refuses to start: ${rest}`);
    return kind === '-' ? rest : '';
  });

const service = (name: string) => {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};

describe('docker-compose.yml', () => {
  it('declares the four app services and the infrastructure', () => {
    expect(Object.keys(services).sort()).toEqual([...Object.keys(apps), ...infrastructure].sort());
  });

  it.each(appEntries)('%s publishes its own port and listens on it', (name, { port }) => {
    const { ports, environment } = service(name);
    expect(ports).toEqual([`${port}:${port}`]);
    expect(String(environment.PORT)).toBe(String(port));
  });

  it.each(appEntries)('%s gets exactly the environment it reads', (name, { required, optional }) => {
    const names = Object.keys(service(name).environment);
    expect(names.filter((variable) => !(required as readonly string[]).includes(variable) && !(optional as readonly string[]).includes(variable))).toEqual([]);
    expect(required.filter((variable) => !names.includes(variable))).toEqual([]);
  });

  it.each(appEntries)('%s is built from the shared Dockerfile for its own workspace', (name) => {
    const { build } = service(name);
    expect(build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    const workspace = build?.args.WORKSPACE ?? '';
    expect(workspace.split('/').pop()).toBe(name);
    expect(existsSync(join(root, workspace))).toBe(true);
  });

  it('has a Dockerfile that builds the workspace named by its build arg', () => {
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^ARG WORKSPACE$/m);
  });

  it('starts each service only after what it depends on is healthy', () => {
    for (const [name, { depends_on: dependsOn }] of Object.entries(services)) {
      for (const [target, { condition }] of Object.entries(dependsOn)) {
        expect({ name, target, exists: target in services, condition }).toEqual({ name, target, exists: true, condition: 'service_healthy' });
        expect({ target, healthcheck: Boolean(service(target).healthcheck) }).toEqual({ target, healthcheck: true });
      }
    }
  });

  it('points the gateway at each subgraph by its compose name and port', () => {
    const { environment } = service('gateway');
    expect(environment).toMatchObject({
      PIX_URL: `http://pix:${apps.pix.port}/graphql`,
      LOANS_URL: `http://loans:${apps.loans.port}/graphql`,
      INSURANCE_URL: `http://insurance:${apps.insurance.port}/graphql`,
      ACCOUNTS_URL: `http://accounts:${apps.accounts.port}/graphql`,
    });
  });

  it('gives the gateway a supergraph file that the image contains (the repo lives at /app)', () => {
    const path = String(service('gateway').environment.SUPERGRAPH_PATH);
    expect(path).toMatch(/^\/app\//);
    expect(existsSync(join(root, path.slice('/app/'.length)))).toBe(true);
  });

  it('has Prometheus scrape every app service and RabbitMQ', () => {
    const config = z
      .object({ scrape_configs: z.array(z.object({ static_configs: z.array(z.object({ targets: z.array(z.string()) })) })) })
      .parse(readYaml('infra/prometheus/prometheus.yml'));
    const targets = config.scrape_configs.flatMap(({ static_configs: groups }) => groups.flatMap(({ targets: hosts }) => hosts));
    expect(targets.sort()).toEqual([...appEntries.map(([name, { metricsPort }]) => `${name}:${metricsPort}`), 'rabbitmq:15692'].sort());
  });

  it.each(appEntries)('%s connects to RabbitMQ as its own user, never guest, and serves metrics on its internal port', (name, { metricsPort }) => {
    const { environment } = service(name);
    // The password is a compose interpolation from .env, so read the user off the URL's start.
    expect(/^amqps?:\/\/([^:@/]+)[:@]/.exec(String(environment.RABBITMQ_URL))?.[1]).toBe(name);
    expect(String(environment.METRICS_PORT)).toBe(String(metricsPort));
  });

  it('creates the service users in the broker and no guest', () => {
    const rabbitmq = service('rabbitmq');
    expect(rabbitmq.environment.RABBITMQ_DEFAULT_USER).not.toBe('guest');
    for (const name of Object.keys(apps)) expect(Object.keys(rabbitmq.environment)).toContain(`RABBITMQ_PASSWORD_${name.toUpperCase()}`);
  });

  it('runs only the stores under the infra profile, on the ports npm start expects, and everything under app', () => {
    const profile = (name: string) => Object.entries(services).flatMap(([service, { profiles }]) => (profiles.includes(name) ? [service] : []));
    expect(profile('infra').sort()).toEqual([...stores].sort());
    expect(profile('app').sort()).toEqual(Object.keys(services).sort());
    const devPort = (url: string | undefined) => new URL(url ?? '').port;
    expect(Object.fromEntries(stores.map((name) => [name, service(name).ports[0]?.split(':')[0]]))).toEqual({
      mongo: devPort(loansEnv.MONGODB_URL.devDefault),
      postgres: devPort(accountsEnv.POSTGRES_URL.devDefault),
      rabbitmq: devPort(gatewayEnv.RABBITMQ_URL.devDefault),
      redis: devPort(gatewayEnv.REDIS_URL.devDefault),
      dynamodb: devPort(pixEnv.DYNAMODB_ENDPOINT.devDefault),
    });
  });

  it('starts the whole stack from .env.example as is (cp .env.example .env)', () => {
    expect(envExample.COMPOSE_PROFILES).toBe('app');
    const specs: Record<string, Spec> = { gateway: gatewayEnv, pix: pixEnv, loans: loansEnv, insurance: insuranceEnv, accounts: accountsEnv };
    for (const [name, spec] of Object.entries(specs)) {
      const environment = Object.fromEntries(Object.entries(service(name).environment).map(([key, value]) => [key, interpolate(value, envExample)]));
      expect(environment.NODE_ENV).toBe('production');
      const refusal = (() => {
        try {
          loadConfig(spec, environment);
          return null;
        } catch (error) {
          return String(error);
        }
      })();
      expect([name, refusal]).toEqual([name, null]);
    }
  });

  it('still refuses development-style secrets in production', () => {
    const environment = Object.fromEntries(Object.entries(service('gateway').environment).map(([key, value]) => [key, interpolate(value, envExample)]));
    for (const secret of ['PRINCIPAL_HMAC_SECRET', 'JWT_SECRET'] as const) {
      expect(() => loadConfig(gatewayEnv, { ...environment, [secret]: 'development-secret-change-me-please' })).toThrow(`${secret} is a placeholder`);
    }
  });
});

describe('docker compose --profile infra beside npm start', () => {
  /** A fresh secrets file, as the first `npm start` (or `npm run infra:compose`) generates it. */
  const secretsFile = join(mkdtempSync(join(tmpdir(), 'compose-secrets-')), 'secrets.env');
  execFileSync('bash', [join(root, 'infra/secrets.sh')], { env: { ...process.env, SECRETS_FILE: secretsFile } });
  const secrets = envFile(readFileSync(secretsFile, 'utf8'));
  /** The URL npm start gives a service (infra/start.sh: broker_url_for), from that file. */
  const brokerUrlFor = (user: string) =>
    execFileSync('bash', ['-c', `set -a; source "$1"; set +a; source infra/rabbitmq/users.sh; broker_url_for ${user}`, 'bash', secretsFile], {
      cwd: root,
      encoding: 'utf8',
    }).trim();

  it('is started with the secrets file npm start reads (npm run infra:compose)', () => {
    const scripts = z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).scripts;
    expect(scripts['infra:compose']).toBe('bash infra/secrets.sh docker compose --env-file .infra/secrets.env --profile infra up');
  });

  it('finds every variable compose interpolates in that file alone', () => {
    const refusals = Object.entries(services).flatMap(([name, { environment }]) =>
      Object.values(environment).flatMap((value) => {
        try {
          interpolate(value, secrets);
          return [];
        } catch (error) {
          return [`${name}: ${String(error)}`];
        }
      }),
    );
    expect(refusals).toEqual([]);
  });

  it.each(Object.keys(apps))('gives the broker user %s the password npm start connects with', (name) => {
    const password = interpolate(service('rabbitmq').environment[`RABBITMQ_PASSWORD_${name.toUpperCase()}`] ?? '', secrets);
    const url = new URL(brokerUrlFor(name));
    expect([url.username, url.password]).toEqual([name, password]);
  });

  describe("infra/up.sh's broker probe, against the machine's broker", () => {
    const probe = (kind: string, url: string) =>
      spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'infra/probe.mts'), kind, url], { encoding: 'utf8' }).status;
    const broker = new URL(testEndpoints.rabbitmqUrl);
    const asUser = (user: string, password: string) => Object.assign(new URL(broker), { username: user, password }).href;
    const machineSecrets = envFile(readFileSync(join(root, '.infra/secrets.env'), 'utf8'));

    it('logs in as a service user, as npm start does, with no guest needed', () => {
      expect(probe('amqp', asUser('gateway', machineSecrets.RABBITMQ_PASSWORD_GATEWAY ?? ''))).toBe(0);
    });

    it('tells a refused login (the broker is up, its users not yet) from no broker', () => {
      const refused = asUser('gateway', 'not-the-password');
      expect([probe('amqp', refused), probe('amqp-answers', refused)]).toEqual([1, 0]);
      const nobody = Object.assign(new URL(refused), { port: '1' }).href;
      expect(probe('amqp-answers', nobody)).toBe(1);
    });
  });
});
