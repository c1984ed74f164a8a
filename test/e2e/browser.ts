import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (infra/install.sh installs it); Playwright downloads no browser here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const isLocal = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  return !['http:', 'https:', 'ws:', 'wss:'].includes(protocol) || ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
};

export interface OfflineBrowser {
  readonly context: BrowserContext;
  /** Requests the browser tried beyond localhost; each was aborted. */
  readonly blocked: readonly string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, in which every request beyond localhost fails: a machine
 * without internet. Such requests go to a proxy that is not there (Chromium never proxies loopback);
 * with `route`, they are also aborted by Playwright and recorded. Without it nothing is intercepted,
 * which CORS needs: Playwright answers the preflight of an intercepted request itself.
 */
export async function offlineBrowser({ route = true }: { route?: boolean } = {}): Promise<OfflineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bank-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, '--proxy-server=http://127.0.0.1:9'],
    viewport: { width: 1400, height: 900 },
  });
  const blocked: string[] = [];
  if (route) {
    await context.route(
      (url) => !isLocal(url.href),
      (intercepted) => {
        blocked.push(intercepted.request().url());
        return intercepted.abort('internetdisconnected');
      },
    );
  }
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
