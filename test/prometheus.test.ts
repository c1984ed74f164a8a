import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { dashboardQueries as queriesOfDashboards } from './dashboard-queries';
import { declaredSeries, defaultSeries, exposedSeries, metricsIn } from './metric-names';

const root = join(__dirname, '..');
const prometheusDir = join(root, 'infra', 'prometheus');
const rulesDir = join(prometheusDir, 'rules');
const testsDir = join(prometheusDir, 'tests');

/** Runs promtool; its output is the failure message when it exits non-zero. */
const promtool = (...args: string[]): string => {
  try {
    return execFileSync('promtool', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
};

const RuleFile = z.object({
  groups: z.array(z.object({ name: z.string(), rules: z.array(z.object({ alert: z.string(), expr: z.string() })) })),
});
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.yml'));
const rules = ruleFiles.flatMap((file) =>
  RuleFile.parse(parse(readFileSync(join(rulesDir, file), 'utf8'))).groups.flatMap((group) => group.rules.map((rule) => ({ file, ...rule }))),
);
const testFiles = readdirSync(testsDir).filter((name) => name.endsWith('.test.yml'));

const dashboardQueries = queriesOfDashboards();

/** Series Prometheus makes itself. */
const synthetic = ['up'];

/** RabbitMQ's rabbitmq_prometheus plugin, enabled by infra/up.sh. */
const rabbitmqSeries = async (): Promise<Set<string>> => {
  const response = await fetch('http://127.0.0.1:15692/metrics');
  if (!response.ok) throw new Error(`RabbitMQ's Prometheus endpoint answered ${response.status}`);
  return exposedSeries(await response.text());
};

describe('alert rules (infra/prometheus/rules)', () => {
  it('are valid rule files', () => {
    expect(promtool('check', 'rules', ...ruleFiles.map((file) => join(rulesDir, file)))).toContain('SUCCESS');
  });

  it.each(testFiles)('pass their promtool unit tests in %s', (file) => {
    expect(promtool('test', 'rules', join(testsDir, file))).toContain('SUCCESS');
  });

  it('each have a unit test that evaluates them, in the test file named after their rule file', () => {
    const untested = rules.filter(({ file, alert }) => {
      const testFile = join(testsDir, `${basename(file, '.yml')}.test.yml`);
      return !testFiles.includes(basename(testFile)) || !readFileSync(testFile, 'utf8').includes(`alertname: ${alert}`);
    });
    expect(untested.map(({ alert }) => alert)).toEqual([]);
  });

  it('cover what an operator must hear about', () => {
    expect(rules.map(({ alert }) => alert)).toEqual(
      expect.arrayContaining([
        'HighHttpErrorRatio',
        'HighGraphqlErrorRatio',
        'SlowGraphqlOperation',
        'OutboxLagging',
        'EventsDeadLettered',
        'SlowSubscriptionDelivery',
        'SubscriptionMessagesDropped',
        'LedgerImbalanced',
        'PixSettlementFailures',
        'InsuranceTransfersFailed',
      ]),
    );
  });
});

describe('the local Prometheus configuration (infra/prometheus/local.yml)', () => {
  it('is valid and loads the alert rules', () => {
    const output = promtool('check', 'config', join(prometheusDir, 'local.yml'));
    expect(output).toContain(`SUCCESS: ${ruleFiles.length} rule files found`);
  });

  it("scrapes every service's metrics port as the chart declares it, and RabbitMQ's plugin", () => {
    const config = parse(readFileSync(join(prometheusDir, 'local.yml'), 'utf8')) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    const targets = Object.fromEntries(config.scrape_configs.map((job) => [job.job_name, job.static_configs.flatMap(({ targets }) => targets)]));
    const chart = parse(readFileSync(join(root, 'infra', 'helm', 'core-banking', 'values.yaml'), 'utf8')) as {
      services: Record<string, { metricsPort: number }>;
    };
    const metricsPorts = Object.values(chart.services).map(({ metricsPort }) => `127.0.0.1:${metricsPort}`);
    expect(targets).toEqual({ services: metricsPorts.sort(), rabbitmq: ['127.0.0.1:15692'] });
  });
});

describe('the Grafana dashboards (infra/grafana/dashboards)', () => {
  it('chart the metrics that had no panel: subgraph fetches, relay failures, handler duration', () => {
    const charted = new Set(dashboardQueries.flatMap(({ expr }) => metricsIn(expr)));
    for (const series of ['gateway_subgraph_fetch_duration_seconds_bucket', 'outbox_relay_failures_total', 'messaging_handler_duration_seconds_bucket']) {
      expect([series, charted.has(series)]).toEqual([series, true]);
    }
  });

  it('query in valid PromQL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-rules-'));
    try {
      // promtool parses expressions only inside rules: one recording rule per query.
      const file = join(dir, 'dashboards.yml');
      const recorded = dashboardQueries.map(({ expr }, index) => ({ record: `dashboard:query_${index}`, expr }));
      writeFileSync(file, stringify({ groups: [{ name: 'dashboards', rules: recorded }] }));
      expect(promtool('check', 'rules', file)).toContain(`SUCCESS: ${dashboardQueries.length} rules found`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every dashboard query and alert rule', () => {
  let exported: Set<string>;
  beforeAll(async () => {
    exported = new Set([...declaredSeries(), ...(await defaultSeries()), ...(await rabbitmqSeries()), ...synthetic]);
  });

  it("finds the services' metrics where the code declares them (the scan sees what it must)", () => {
    for (const series of [
      'http_request_duration_seconds_bucket',
      'messaging_events_consumed_total',
      'outbox_pending_lag_seconds',
      'gateway_subscriptions_active',
      'process_cpu_seconds_total',
      'rabbitmq_global_messages_routed_total',
    ]) {
      expect([series, exported.has(series)]).toEqual([series, true]);
    }
    expect(exported.has('pix_transfer_settlement_seconds')).toBe(false); // a histogram is its _bucket, _sum and _count
  });

  it('reads the metric names out of an expression', () => {
    expect(metricsIn('sum by (service, le) (rate(x_bucket{status=~"5..", a="b"}[5m] offset 1h)) / on(service) y_total > 0.5 or vector(0)')).toEqual([
      'x_bucket',
      'y_total',
    ]);
  });

  it('references only metrics the code exports', () => {
    const queries = [
      ...dashboardQueries.map(({ file, panel, expr }) => ({ where: `${file}: ${panel}`, expr })),
      ...rules.map(({ file, alert, expr }) => ({ where: `${file}: ${alert}`, expr })),
    ];
    const unknown = queries.flatMap(({ where, expr }) =>
      metricsIn(expr)
        .filter((name) => !exported.has(name))
        .map((name) => `${where}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
