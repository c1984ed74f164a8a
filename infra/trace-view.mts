/**
 * A minimal trace view over Jaeger's query API, for the Jaeger built from its Go module, which
 * carries no web UI: recent traces per service, and one trace as an indented span tree with each
 * span's service, start offset and duration. Server-rendered HTML, no script, nothing from outside.
 *   node infra/trace-view.mts JAEGER_URL PORT      (infra/observability.sh starts it; port 0: any, printed on stdout)
 */
import { createServer, type ServerResponse } from 'node:http';

interface JaegerSpan {
  readonly spanID: string;
  readonly operationName: string;
  readonly references?: readonly { readonly refType: string; readonly spanID: string }[];
  /** Microseconds since the epoch. */
  readonly startTime: number;
  /** Microseconds. */
  readonly duration: number;
  readonly processID: string;
}
interface JaegerTrace {
  readonly traceID: string;
  readonly spans: readonly JaegerSpan[];
  readonly processes: Readonly<Record<string, { readonly serviceName: string }>>;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);
const milliseconds = (micros: number): string => `${(micros / 1000).toFixed(1)} ms`;
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title><style>` +
  'body{font:14px system-ui,sans-serif;margin:2em}td,th{padding:2px 10px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}' +
  `</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;

const parentOf = (span: JaegerSpan): string | undefined => span.references?.find(({ refType }) => refType === 'CHILD_OF')?.spanID;

/** The spans depth first from the roots, children by start time, each with its depth. */
function spanTree(trace: JaegerTrace): { span: JaegerSpan; depth: number }[] {
  const ids = new Set(trace.spans.map(({ spanID }) => spanID));
  const children = new Map<string | undefined, JaegerSpan[]>();
  for (const span of trace.spans) {
    const parent = parentOf(span);
    const key = parent !== undefined && ids.has(parent) ? parent : undefined;
    children.set(key, [...(children.get(key) ?? []), span]);
  }
  const walk = (parent: string | undefined, depth: number): { span: JaegerSpan; depth: number }[] =>
    [...(children.get(parent) ?? [])].sort((a, b) => a.startTime - b.startTime).flatMap((span) => [{ span, depth }, ...walk(span.spanID, depth + 1)]);
  return walk(undefined, 0);
}

function tracePage(trace: JaegerTrace): string {
  const start = Math.min(...trace.spans.map(({ startTime }) => startTime));
  const rows = spanTree(trace)
    .map(
      ({ span, depth }) =>
        `<tr><td>${escape(trace.processes[span.processID]?.serviceName ?? '?')}</td>` +
        `<td style="padding-left:${10 + depth * 18}px">${escape(span.operationName)}</td>` +
        `<td class="n">+${milliseconds(span.startTime - start)}</td><td class="n">${milliseconds(span.duration)}</td></tr>`,
    )
    .join('');
  return page(
    `Trace ${trace.traceID}`,
    `<p><a href="/">recent traces</a> · ${trace.spans.length} spans</p><table><tr><th>service</th><th>span</th><th>start</th><th>duration</th></tr>${rows}</table>`,
  );
}

function tracesPage(service: string, services: readonly string[], traces: readonly JaegerTrace[]): string {
  const links = services.map((name) => (name === service ? `<b>${escape(name)}</b>` : `<a href="/?service=${encodeURIComponent(name)}">${escape(name)}</a>`));
  const rows = traces
    .map((trace) => {
      const [root] = spanTree(trace);
      const serviceNames = [...new Set(Object.values(trace.processes).map(({ serviceName }) => serviceName))].sort();
      return (
        `<tr><td><a href="/trace/${encodeURIComponent(trace.traceID)}">${escape(root?.span.operationName ?? trace.traceID)}</a></td>` +
        `<td>${escape(serviceNames.join(', '))}</td><td class="n">${trace.spans.length}</td>` +
        `<td class="n">${root === undefined ? '' : milliseconds(root.span.duration)}</td><td>${escape(new Date((root?.span.startTime ?? 0) / 1000).toISOString())}</td></tr>`
      );
    })
    .join('');
  return page(
    'Recent traces',
    `<p>${links.join(' · ')}</p><table><tr><th>root span</th><th>services</th><th>spans</th><th>duration</th><th>started</th></tr>${rows}</table>`,
  );
}

function serveTraceView(jaegerUrl: string, port: number, host = '127.0.0.1') {
  const api = async <T,>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, jaegerUrl));
    if (!response.ok) throw new Error(`Jaeger answered ${response.status} to ${path}`);
    return ((await response.json()) as { data: T }).data;
  };
  const send = (response: ServerResponse, status: number, html: string) => response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://trace-view');
    const traceId = /^\/trace\/([0-9a-f]{1,32})$/.exec(url.pathname)?.[1];
    const render = async (): Promise<[number, string]> => {
      if (traceId !== undefined) {
        const [trace] = await api<JaegerTrace[]>(`/api/traces/${traceId}`);
        return trace === undefined ? [404, page('No such trace', '<p><a href="/">recent traces</a></p>')] : [200, tracePage(trace)];
      }
      if (url.pathname !== '/') return [404, page('Not found', '<p><a href="/">recent traces</a></p>')];
      const services = (await api<string[]>('/api/services')).filter((name) => name !== 'jaeger-all-in-one').sort();
      const service = url.searchParams.get('service') ?? (services.includes('gateway') ? 'gateway' : (services[0] ?? ''));
      const traces = service === '' ? [] : await api<JaegerTrace[]>(`/api/traces?${new URLSearchParams({ service, limit: '20', lookback: '1h' })}`);
      return [200, tracesPage(service, services, traces)];
    };
    render().then(
      ([status, html]) => send(response, status, html),
      (error: unknown) => send(response, 502, page('Jaeger did not answer', `<p>${escape(error instanceof Error ? error.message : String(error))}</p>`)),
    );
  }).listen(port, host, function (this: { address(): unknown }) {
    const { port: bound } = this.address() as { port: number };
    process.stdout.write(`trace view on http://${host}:${bound}\n`);
  });
}

if (import.meta.main) {
  const [jaegerUrl = '', port = ''] = process.argv.slice(2);
  if (!jaegerUrl || !/^\d+$/.test(port)) {
    process.stderr.write('usage: node infra/trace-view.mts JAEGER_URL PORT\n');
    process.exit(2);
  }
  serveTraceView(jaegerUrl, Number(port));
}
