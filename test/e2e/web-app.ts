import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = join(__dirname, '../..');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface WebApp {
  readonly origin: string;
  /** Points the app at a gateway: what `config.js` says from now on. */
  useGateway(url: string): void;
  close(): void;
}

/**
 * The web app as a deployment serves it: `vite build` into a folder of its own, served by a plain
 * static server whose `config.js` names the test stack's gateway.
 */
export async function buildAndServeWebApp(): Promise<WebApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'bank-web-'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/node'),
    [join(ROOT, 'node_modules/.bin/vite'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: join(ROOT, 'web'),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let config = '';
  const server: Server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://web').pathname);
    if (path === '/config.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(config);
    const file = join(outDir, path);
    const found = file.startsWith(outDir) && existsSync(file) && extname(file) !== '' ? file : join(outDir, 'index.html');
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream' }).end(readFileSync(found));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    useGateway: (url) => void (config = `window.BANK_CONFIG = ${JSON.stringify({ gatewayUrl: url })};`),
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { target: readonly string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => ({ id, help, targets: nodes.map(({ target }) => target.join(' ')) }));
}

/** Chromium's own line for an HTTP 4xx answer: the API refusing an input a test sends on purpose (GraphQL variables it cannot coerce answer 400). */
const REFUSED_REQUEST = /^Failed to load resource: the server responded with a status of 4\d\d/;

/** Errors the page logged or threw, for a test to expect none. */
export function consoleErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && !REFUSED_REQUEST.test(message.text()) && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  return errors;
}
