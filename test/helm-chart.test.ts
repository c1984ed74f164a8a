import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IN_FLIGHT_GRACE_MS } from '@bank/graphql';
import type { Spec } from '@bank/platform';
import { parse, parseAllDocuments } from 'yaml';
import { gatewayEnv } from '../gateway/src/config';
import { accountsEnv } from '../subgraphs/accounts/src/config';
import { insuranceEnv } from '../subgraphs/insurance/src/config';
import { loansEnv } from '../subgraphs/loans/src/config';
import { pixEnv } from '../subgraphs/pix/src/config';

const root = join(__dirname, '..');
const chart = join(root, 'infra', 'helm', 'core-banking');
const productionValues = join(chart, 'values-production.yaml');

/** Built once into ~/.cache/core-banking/ by the scripts (test.sh builds them before jest runs). */
const cached = (script: string, ...args: string[]): string => execFileSync('bash', [join(root, script), ...args], { encoding: 'utf8' }).trim();
let helm: string;
let kubeconform: string;
let schemas: string;

const run = (command: string, args: string[], input?: string): { ok: boolean; output: string } => {
  try {
    return { ok: true, output: execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', input }) };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
};

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const template = (...args: string[]): string => {
  const { ok, output } = run(helm, ['template', 'bank', chart, ...args]);
  if (!ok) throw new Error(`helm template failed:\n${output}`);
  return output;
};
const manifests = (...args: string[]): Manifest[] =>
  parseAllDocuments(template(...args))
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);

const validate = (yaml: string) =>
  run(kubeconform, ['-strict', '-summary', '-schema-location', join(schemas, '{{ .ResourceKind }}{{ .KindSuffix }}.json')], yaml);

/** Each service's port and internal metrics port (the lead's interface), and what it reads. */
const services = {
  gateway: { port: 4000, metricsPort: 9400, spec: gatewayEnv as Spec },
  pix: { port: 4001, metricsPort: 9401, spec: pixEnv as Spec },
  loans: { port: 4002, metricsPort: 9402, spec: loansEnv as Spec },
  insurance: { port: 4003, metricsPort: 9403, spec: insuranceEnv as Spec },
  accounts: { port: 4004, metricsPort: 9404, spec: accountsEnv as Spec },
};
type Service = keyof typeof services;
const names = Object.keys(services) as Service[];
/** Read by the AWS SDK itself, not by the service's config. */
const awsSdkEnv = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

const productionSecrets = names.flatMap((name) => ['--set', `services.${name}.secret.existingSecret=bank-${name}`]);
const production = [
  '-f',
  productionValues,
  '--set',
  'ingress.host=api.bank.test',
  '--set',
  'services.gateway.env.JWT_ISSUER=https://id.bank.test',
  ...productionSecrets,
];

describe('the Helm chart (infra/helm/core-banking)', () => {
  let rendered: Manifest[];
  const find = (kind: string, name: string): Manifest => {
    const found = rendered.find((manifest) => manifest.kind === kind && manifest.metadata.name === `bank-core-banking-${name}`);
    if (!found) throw new Error(`no ${kind} bank-core-banking-${name}`);
    return found;
  };
  const container = (name: Service) => {
    const pod = (find('Deployment', name).spec as { template: { spec: PodSpec } }).template.spec;
    return { pod, container: pod.containers[0]! };
  };

  beforeAll(() => {
    helm = cached('infra/build-go-tool.sh', 'helm');
    kubeconform = cached('infra/build-go-tool.sh', 'kubeconform');
    schemas = cached('infra/helm/build-kube-json-schemas.sh');
    rendered = manifests();
  }, 600_000);

  it('lints, with its default values and with the production ones', () => {
    expect(run(helm, ['lint', '--strict', chart])).toMatchObject({ ok: true });
    expect(run(helm, ['lint', '--strict', chart, ...production])).toMatchObject({ ok: true });
  });

  it('renders only objects valid against the Kubernetes and operator schemas, none skipped', () => {
    for (const args of [[], production]) {
      const { ok, output } = validate(template(...args));
      expect({ ok, output }).toMatchObject({ ok: true, output: expect.stringMatching(/Invalid: 0, Errors: 0, Skipped: 0/) });
    }
  });

  it('is checked by schemas that refuse unknown fields, wrong types and duplicate keys', () => {
    const deployment = template('--show-only', 'templates/deployment.yaml');
    expect(validate(deployment.replace('maxSurge: 25%', 'maxSurgee: 25%')).ok).toBe(false);
    expect(validate(deployment.replace(/containerPort: 4000/, 'containerPort: "4000x"')).ok).toBe(false);
    expect(validate(deployment.replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: IfNotPresent\n          imagePullPolicy: Always')).ok).toBe(false);
    const monitor = template('--show-only', 'templates/servicemonitor.yaml');
    expect(validate(monitor.replace('port: metrics', 'prot: metrics')).ok).toBe(false);
  });

  it.each(names)('runs %s on its port, binding every interface, with metrics on the internal port', (name) => {
    const { container: app } = container(name);
    const env = Object.fromEntries(app.env.map(({ name: variable, value }) => [variable, value]));
    expect(env).toMatchObject({ HOST: '0.0.0.0', PORT: String(services[name].port), METRICS_PORT: String(services[name].metricsPort) });
    expect(app.ports).toEqual([
      { name: 'http', containerPort: services[name].port },
      { name: 'metrics', containerPort: services[name].metricsPort },
    ]);
  });

  it.each(names)('probes %s on its service port and drains it before SIGTERM', (name) => {
    const { pod, container: app } = container(name);
    expect(app.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(app.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    expect(app.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    const drain = app.lifecycle.preStop.sleep.seconds;
    expect(drain).toBeGreaterThan(0);
    // preStop drained: the service stops at once on SIGTERM, then has in-flight requests' grace and closing.
    expect(app.env).toContainEqual({ name: 'SHUTDOWN_DRAIN_MS', value: '0' });
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(drain + IN_FLIGHT_GRACE_MS / 1000 + 5);
    expect(pod.topologySpreadConstraints.map(({ topologyKey }) => topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
  });

  it.each(names)('gives %s every variable it requires and none it does not read', (name) => {
    const { container: app } = container(name);
    const configMap = rendered.find((manifest) => manifest.kind === 'ConfigMap')!;
    const secret = find('Secret', name);
    expect(app.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
    const provided = [...app.env.map(({ name: variable }) => variable), ...Object.keys(configMap.data!), ...Object.keys(secret.stringData!)];
    const { spec } = services[name];
    // The pods run with NODE_ENV=production.
    const required = Object.entries(spec).flatMap(([variable, { optional, requiredInProduction }]) => (optional && !requiredInProduction ? [] : [variable]));
    expect(required.filter((variable) => !provided.includes(variable))).toEqual([]);
    expect(provided.filter((variable) => !(variable in spec) && !awsSdkEnv.includes(variable))).toEqual([]);
  });

  it("exports every service's traces to the collector only when tracing.otlpEndpoint is set, and lets them reach it", () => {
    const tracingOf = (...args: string[]) =>
      manifests(...args)
        .filter(({ kind }) => kind === 'Deployment' || kind === 'NetworkPolicy')
        .filter(({ metadata }) => !metadata.name.includes('-store-'))
        .map(({ kind, metadata, spec }) => {
          const json = JSON.stringify(spec);
          return { kind, name: metadata.name, exports: json.includes('"OTEL_EXPORTER_OTLP_ENDPOINT"'), reachesCollector: json.includes('"port":4318') };
        });
    const off = tracingOf();
    expect(off.length).toBe(2 * Object.keys(services).length);
    expect(off.filter(({ exports, reachesCollector }) => exports || reachesCollector)).toEqual([]);
    const on = tracingOf('--set', 'tracing.otlpEndpoint=http://otel-collector.monitoring:4318');
    expect(on.filter(({ kind, exports, reachesCollector }) => (kind === 'Deployment' ? !exports : !reachesCollector))).toEqual([]);
    expect(template('--set', 'tracing.otlpEndpoint=http://otel-collector.monitoring:4318', '--show-only', 'templates/deployment.yaml')).toContain(
      'value: "http://otel-collector.monitoring:4318"',
    );
    expect(validate(template('--set', 'tracing.otlpEndpoint=http://otel-collector.monitoring:4318')).output).toMatch(/Invalid: 0, Errors: 0/);
  });

  it('points the gateway at each subgraph through its Service', () => {
    const env = Object.fromEntries(container('gateway').container.env.map(({ name, value }) => [name, value]));
    expect(env).toMatchObject({
      PIX_URL: 'http://bank-core-banking-pix:4001/graphql',
      LOANS_URL: 'http://bank-core-banking-loans:4002/graphql',
      INSURANCE_URL: 'http://bank-core-banking-insurance:4003/graphql',
      ACCOUNTS_URL: 'http://bank-core-banking-accounts:4004/graphql',
    });
    for (const name of names)
      expect(find('Service', name).spec).toMatchObject({
        ports: [
          { name: 'http', port: services[name].port },
          { name: 'metrics', port: services[name].metricsPort },
        ],
      });
  });

  it('scales every service on CPU, the gateway on open subscriptions per pod too, and bounds disruptions', () => {
    for (const name of names) {
      const metrics = (find('HorizontalPodAutoscaler', name).spec as { metrics: { type: string; pods?: { metric: { name: string } } }[] }).metrics;
      expect(metrics.map(({ type }) => type)).toEqual(name === 'gateway' ? ['Resource', 'Pods'] : ['Resource']);
      expect(find('PodDisruptionBudget', name).spec).toMatchObject({ maxUnavailable: 1 });
      expect(find('Deployment', name).spec!.replicas).toBeUndefined(); // the autoscaler owns the count
    }
    const gateway = find('HorizontalPodAutoscaler', 'gateway').spec as { metrics: { pods?: { metric: { name: string } } }[] };
    expect(gateway.metrics[1]!.pods!.metric.name).toBe('gateway_subscriptions_active');
  });

  it('publishes only the gateway, on /graphql, through the Ingress', () => {
    const ingresses = rendered.filter(({ kind }) => kind === 'Ingress');
    expect(ingresses.map(({ metadata }) => metadata.name)).toEqual(['bank-core-banking-gateway']);
    expect(JSON.stringify(ingresses[0]!.spec)).toContain(
      '{"path":"/graphql","pathType":"Prefix","backend":{"service":{"name":"bank-core-banking-gateway","port":{"name":"http"}}}}',
    );
  });

  it("scrapes every service's metrics port through one ServiceMonitor", () => {
    const [monitor, ...others] = rendered.filter(({ kind }) => kind === 'ServiceMonitor');
    expect(others).toEqual([]);
    const { selector, endpoints } = monitor!.spec as { selector: { matchLabels: Record<string, string> }; endpoints: { port: string }[] };
    expect(endpoints.map(({ port }) => port)).toEqual(['metrics']);
    for (const name of names) expect(find('Service', name).metadata.labels).toMatchObject(selector.matchLabels);
  });

  it('carries the alert rules of infra/prometheus/rules as a PrometheusRule, with the job label they expect', () => {
    const rulesDir = join(root, 'infra', 'prometheus', 'rules');
    const groups = readdirSync(rulesDir)
      .filter((file) => file.endsWith('.yml'))
      .sort()
      .flatMap((file) => (parse(readFileSync(join(rulesDir, file), 'utf8')) as { groups: unknown[] }).groups);
    const [rule] = rendered.filter(({ kind }) => kind === 'PrometheusRule');
    expect(rule!.spec).toEqual({ groups });
    const monitor = rendered.find(({ kind }) => kind === 'ServiceMonitor')!;
    expect(monitor.spec).toMatchObject({ jobLabel: 'core-banking.io/job' });
    for (const name of names) expect(find('Service', name).metadata.labels).toMatchObject({ 'core-banking.io/job': 'services' });
  });

  describe('network policies', () => {
    const policy = (name: string) => find('NetworkPolicy', name).spec as unknown as NetworkPolicySpec;
    const ingressOnHttp = (name: string) => policy(name).ingress.find(({ ports }) => ports[0]!.port === 'http')!.from;

    it('let only the gateway reach the subgraphs', () => {
      for (const name of names.filter((service) => service !== 'gateway')) {
        expect(ingressOnHttp(name)).toEqual([
          { podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'bank', 'app.kubernetes.io/component': 'gateway' } } },
        ]);
      }
      expect(ingressOnHttp('gateway')).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }]);
      expect(find('Deployment', 'gateway').spec).toMatchObject({ template: { metadata: { labels: { 'app.kubernetes.io/component': 'gateway' } } } });
      for (const name of ['pix', 'loans', 'insurance', 'accounts']) {
        expect(find('Deployment', name).spec).toMatchObject({ template: { metadata: { labels: { 'app.kubernetes.io/component': 'subgraph' } } } });
      }
    });

    it('let each service reach only DNS, its own stores, and (the gateway) the subgraphs', () => {
      const egressPorts = (name: string) =>
        policy(name)
          .egress.flatMap(({ ports }) => ports.map(({ port }) => port))
          .sort((a, b) => a - b);
      expect(egressPorts('gateway')).toEqual([53, 53, 4001, 4002, 4003, 4004, 5672, 6379]);
      expect(egressPorts('pix')).toEqual([53, 53, 443, 5672, 6379]);
      expect(egressPorts('loans')).toEqual([53, 53, 5672, 6379, 27017]);
      expect(egressPorts('insurance')).toEqual([53, 53, 443, 5672, 6379]);
      expect(egressPorts('accounts')).toEqual([53, 53, 5432, 5672, 6379]);
    });

    it('let into each in-cluster store only the services that use it', () => {
      const admitted = (store: string) =>
        (find('NetworkPolicy', `store-${store}`).spec as unknown as NetworkPolicySpec).ingress[0]!.from.map(
          (peer) => peer.podSelector!.matchLabels['app.kubernetes.io/name'],
        );
      expect(admitted('mongodb')).toEqual(['loans']);
      expect(admitted('rabbitmq')).toEqual(['accounts', 'gateway', 'insurance', 'loans', 'pix']);
      expect(admitted('redis')).toEqual(['accounts', 'gateway', 'insurance', 'loans', 'pix']);
    });
  });

  it('refuses a termination grace period shorter than the drain and the stop', () => {
    const { ok, output } = run(helm, ['template', 'bank', chart, '--set', 'services.pix.drainSeconds=40']);
    expect({ ok, output }).toMatchObject({
      ok: false,
      output: expect.stringContaining('services.pix.terminationGracePeriodSeconds must be at least drainSeconds + 15'),
    });
  });

  it('adds a service with one values entry (e.g. cards), and points the gateway at it', () => {
    const withCards = manifests('--set', 'services.cards.port=4005,services.cards.metricsPort=9405,services.cards.stores={rabbitmq,redis}');
    const kinds = withCards.filter(({ metadata }) => metadata.name === 'bank-core-banking-cards').map(({ kind }) => kind);
    expect(kinds.sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'PodDisruptionBudget', 'Secret', 'Service', 'ServiceAccount']);
    expect(template('--set', 'services.cards.port=4005,services.cards.metricsPort=9405')).toContain('value: "http://bank-core-banking-cards:4005/graphql"');
  });

  describe('with values-production.yaml', () => {
    const refused = (...args: string[]) => run(helm, ['template', 'bank', chart, '-f', productionValues, ...args]);

    it("renders with each service's existing Secret and writes no Secret itself", () => {
      const objects = manifests(...production);
      expect(objects.filter(({ kind }) => kind === 'Secret')).toEqual([]);
      for (const name of names) {
        const deployment = objects.find(({ kind, metadata }) => kind === 'Deployment' && metadata.name === `bank-core-banking-${name}`)!;
        expect(JSON.stringify(deployment.spec)).toContain(`{"secretRef":{"name":"bank-${name}"}}`);
      }
    });

    it('refuses a service without a Secret', () => {
      expect(refused(...production.slice(2, -2))).toEqual({
        ok: false,
        output: expect.stringContaining('production: services.accounts needs secret.existingSecret or secret.externalSecret'),
      });
    });

    it('refuses development secrets, development values and secrets written as plain values', () => {
      const cases: [string, string][] = [
        ['developmentSecrets.enabled=true', 'developmentSecrets.enabled must be false'],
        ['services.pix.env.PIX_INSTITUTION_NAME=change-me', 'services.pix.env.PIX_INSTITUTION_NAME holds a development value'],
        ['services.pix.env.PIX_SANDBOX_ENABLED=true', 'services.pix.env.PIX_SANDBOX_ENABLED=true is for development only'],
        ['config.NODE_ENV=development', 'config.NODE_ENV holds a development value'],
        ['services.gateway.env.JWT_SECRET=a-real-looking-secret-value', 'services.gateway.env.JWT_SECRET is a secret'],
        ['services.loans.secret.existingSecret=loans-development', 'services.loans.secret.existingSecret names a development Secret'],
        ['services.gateway.env.JWT_ISSUER=https://id.bank.example', 'services.gateway.env.JWT_ISSUER holds a development value'],
      ];
      for (const [setting, message] of cases) {
        expect(refused(...production.slice(2), '--set', setting)).toEqual({ ok: false, output: expect.stringContaining(message) });
      }
      expect(refused(...production.slice(4))).toEqual({ ok: false, output: expect.stringContaining('production: set ingress.host') });
    });

    it('takes Secrets from External Secrets, one remote key per service', () => {
      const args = [
        ...production,
        '--set',
        'externalSecrets.secretStoreRef.name=vault',
        '--set',
        'services.pix.secret.existingSecret=',
        '--set',
        'services.pix.secret.externalSecret.enabled=true,services.pix.secret.externalSecret.remoteKey=core-banking/pix',
      ];
      const external = manifests(...args).find(({ kind }) => kind === 'ExternalSecret')!;
      expect(external).toMatchObject({
        metadata: { name: 'bank-core-banking-pix' },
        spec: { target: { name: 'bank-core-banking-pix' }, dataFrom: [{ extract: { key: 'core-banking/pix' } }] },
      });
      expect(validate(template(...args)).ok).toBe(true);
    });
  });
});

interface Probe {
  httpGet: { path: string; port: string };
}
interface PodSpec {
  terminationGracePeriodSeconds: number;
  topologySpreadConstraints: { topologyKey: string }[];
  containers: {
    env: { name: string; value: string }[];
    envFrom: unknown[];
    ports: unknown[];
    startupProbe: Probe;
    readinessProbe: Probe;
    livenessProbe: Probe;
    lifecycle: { preStop: { sleep: { seconds: number } } };
  }[];
}
interface NetworkPolicySpec {
  ingress: { ports: { port: string | number }[]; from: { podSelector?: { matchLabels: Record<string, string> } }[] }[];
  egress: { ports: { port: number }[] }[];
}
