import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { urlHost } from './listen-address';

export interface MetricsServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * `GET /metrics` on its own internal listener (METRICS_PORT), so the public port never exposes
 * them; anything else there is 404.
 */
export async function startMetricsServer({ host, port, registry }: { host: string; port: number; registry: Registry }): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(host)}:${bound}/metrics`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
