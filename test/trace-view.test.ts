import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(__dirname, '..');
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';

/** A payment's trace as Jaeger's query API answers it (times in microseconds). */
const trace = {
  traceID: TRACE_ID,
  processes: { p1: { serviceName: 'gateway' }, p2: { serviceName: 'pix' }, p3: { serviceName: 'insurance' } },
  spans: [
    {
      spanID: 'c3',
      operationName: 'bank.events.insurance.premium-paid process pix.charge.paid',
      references: [{ refType: 'CHILD_OF', spanID: 'b2' }],
      startTime: 1_000_900,
      duration: 4_000,
      processID: 'p3',
    },
    { spanID: 'a1', operationName: 'POST /graphql', startTime: 1_000_000, duration: 20_000, processID: 'p1' },
    {
      spanID: 'b2',
      operationName: 'outbox relay publish pix.charge.paid',
      references: [{ refType: 'CHILD_OF', spanID: 'a1' }],
      startTime: 1_000_500,
      duration: 1_500,
      processID: 'p2',
    },
  ],
};

/** Jaeger's query API, as the all-in-one binary serves it, answering with that one trace. */
async function jaegerApi(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://jaeger');
    const data =
      url.pathname === '/api/services'
        ? ['pix', 'gateway', 'jaeger-all-in-one', 'insurance']
        : url.pathname === '/api/traces' && url.searchParams.get('service') === 'gateway'
          ? [trace]
          : url.pathname === `/api/traces/${TRACE_ID}`
            ? [trace]
            : [];
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("the trace view over Jaeger's API (infra/trace-view.mts)", () => {
  let jaeger: Awaited<ReturnType<typeof jaegerApi>>;
  let view: ChildProcess;
  let viewUrl: string;
  const html = async (path: string) => {
    const response = await fetch(new URL(path, viewUrl));
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    jaeger = await jaegerApi();
    view = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'infra/trace-view.mts'), jaeger.url, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    viewUrl = await new Promise<string>((resolve, reject) => {
      view.once('exit', (code) => reject(new Error(`the trace view exited with ${code}`)));
      createInterface({ input: view.stdout! }).on('line', (line) => {
        const url = /^trace view on (http:\S+)$/.exec(line)?.[1];
        if (url !== undefined) resolve(url);
      });
    });
  });
  afterAll(async () => {
    view?.kill('SIGTERM');
    await new Promise((resolve) => jaeger?.server.close(resolve));
  });

  it("lists the gateway's recent traces by their root span, with the services they crossed", async () => {
    const { text } = await html('/');
    expect(text).toContain(`<a href="/trace/${TRACE_ID}">POST /graphql</a>`);
    expect(text).toContain('<td>gateway, insurance, pix</td><td class="n">3</td><td class="n">20.0 ms</td>');
    expect(text).not.toContain('jaeger-all-in-one');
  });

  it('shows one trace as a span tree: parents before children, indented, with start offset and duration', async () => {
    const { text } = await html(`/trace/${TRACE_ID}`);
    const rows = [
      ...text.matchAll(/<tr><td>([^<]+)<\/td><td style="padding-left:(\d+)px">([^<]+)<\/td><td class="n">([^<]+)<\/td><td class="n">([^<]+)<\/td><\/tr>/g),
    ].map(([, service, indent, name, start, duration]) => [service, Number(indent), name, start, duration]);
    expect(rows).toEqual([
      ['gateway', 10, 'POST /graphql', '+0.0 ms', '20.0 ms'],
      ['pix', 28, 'outbox relay publish pix.charge.paid', '+0.5 ms', '1.5 ms'],
      ['insurance', 46, 'bank.events.insurance.premium-paid process pix.charge.paid', '+0.9 ms', '4.0 ms'],
    ]);
  });

  it('answers 404 for a trace Jaeger does not have', async () => {
    expect((await html('/trace/ffffffffffffffffffffffffffffffff')).status).toBe(404);
  });
});
