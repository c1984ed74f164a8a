import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';

const root = join(__dirname, '..');

/** The TypeScript sources of every workspace (tests left out), where the services' metrics are declared. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'test', 'generated'].includes(entry.name) ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Folders with sources only: a package moved away may leave its ignored build caches behind. */
const workspaces = (): string[] =>
  ['packages', 'subgraphs']
    .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
    .concat(join(root, 'gateway'))
    .filter((workspace) => existsSync(join(workspace, 'src')));

// `new Counter({ name: 'x' ...`, and the messaging package's `counter(registry, { name: 'x' ...`.
const declaration =
  /\b(Counter|Gauge|Histogram|Summary|counter|gauge|histogram|summary)\s*(?:<[^>]*>)?\s*\(\s*(?:\w+\s*,\s*)?\{\s*name:\s*'([a-zA-Z_:][a-zA-Z0-9_:]*)'/g;

/** The series names a metric of this type exposes. */
const seriesOf = (type: string, name: string): string[] => {
  const kind = type.toLowerCase();
  if (kind === 'histogram') return [`${name}_bucket`, `${name}_sum`, `${name}_count`];
  if (kind === 'summary') return [name, `${name}_sum`, `${name}_count`];
  return [name];
};

/** Every series name the services' own code declares with prom-client. */
export function declaredSeries(): Set<string> {
  const found = new Set<string>();
  for (const workspace of workspaces()) {
    for (const file of sources(join(workspace, 'src'))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes("from 'prom-client'")) continue;
      for (const [, type, name] of text.matchAll(declaration)) for (const series of seriesOf(type!, name!)) found.add(series);
    }
  }
  return found;
}

/** The process and Node.js metrics prom-client adds to every service's registry. */
export async function defaultSeries(): Promise<Set<string>> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = await registry.getMetricsAsJSON();
  registry.clear();
  return new Set(metrics.flatMap(({ name, type }) => seriesOf(String(type), name)));
}

/** The series names in a Prometheus text exposition (RabbitMQ's plugin). */
export const exposedSeries = (exposition: string): Set<string> =>
  new Set(exposition.split('\n').flatMap((line) => (/^[a-zA-Z_:]/.test(line) ? [line.split(/[{ ]/)[0]!] : [])));

const keywords = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'offset',
  'bool',
  'and',
  'or',
  'unless',
  'sum',
  'min',
  'max',
  'avg',
  'count',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
  'group',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: identifiers left once strings, label matchers,
 * grouping label lists, ranges and function calls are set aside.
 */
export function metricsIn(expression: string): string[] {
  const bare = expression
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\boffset\s+\w+/g, ' ');
  const names = [...bare.matchAll(/(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)].map(([, name]) => name!);
  return [...new Set(names.filter((name) => !keywords.has(name.toLowerCase())))];
}
