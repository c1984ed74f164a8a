import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { eventually } from '@bank/testing';
import { DEMO_CUSTOMERS } from '../../gateway/src/dev/demo-customers';
import { seedDemo } from '../../gateway/src/dev/seed';
import { graphql, tokenFor } from '../../gateway/test/support';
import { offlineBrowser, type OfflineBrowser } from './browser';
import { startStack, type Stack } from './stack';

const RESULTS = join(__dirname, '../../.infra/results');

/** A blank page on its own localhost origin: a web app calling the API from elsewhere. */
async function blankPageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>web app</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('in Chromium without internet', () => {
  let stack: Stack;
  let browser: OfflineBrowser;
  let webApp: { origin: string; server: Server };
  let otherSite: { origin: string; server: Server };
  let gatewayOrigin: string;
  const received: { method: string; origin: string | undefined }[] = [];

  beforeAll(async () => {
    [webApp, otherSite] = await Promise.all([blankPageServer(), blankPageServer()]);
    stack = await startStack({ corsOrigins: [webApp.origin] });
    gatewayOrigin = new URL(stack.gateway.url).origin;
    stack.gateway.httpServer.on('request', (req: IncomingMessage) => void received.push({ method: req.method ?? '', origin: req.headers.origin }));
    await seedDemo(gatewayOrigin);
    browser = await offlineBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    webApp?.server.close();
    otherSite?.server.close();
  });

  it('/graphiql renders its editor from the gateway alone, runs the overview query and shows the seeded customer', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${gatewayOrigin}/graphiql`);
    await page.locator('.graphiql-query-editor').getByText('CustomerOverview').first().waitFor();
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('CustomerOverview') === true,
    );
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answered).json()) as { data?: { me: { name: string; pixKeys: unknown[] } } };
    expect(body.data?.me).toMatchObject({ name: DEMO_CUSTOMERS.ana.name, pixKeys: expect.arrayContaining([{ type: 'EMAIL', key: 'ana.souza@example.com' }]) });
    await page.locator('.graphiql-response').getByText(DEMO_CUSTOMERS.ana.name).first().waitFor();
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'graphiql-overview.png') });
    expect(browser.blocked).toEqual([]);
  }, 60_000);

  it("/graphiql subscribes over WebSocket as the prefilled customer and shows the payment of Ana's open charge", async () => {
    const asAna = stack.as({ ...DEMO_CUSTOMERS.ana, roles: ['customer'] });
    const charges = (await asAna('{ me { pixCharges(status: ACTIVE) { edges { node { txid } } } } }')).data as {
      me: { pixCharges: { edges: { node: { txid: string } }[] } };
    };
    const [open] = charges.me.pixCharges.edges;
    const subscription = `subscription WatchCharge { pixChargeStatusChanged(txid: "${open!.node.txid}") { txid status } }`;
    const page = await browser.context.newPage();
    const listening = stack.gateway.hub.listenerCount();
    await page.goto(`${gatewayOrigin}/graphiql?query=${encodeURIComponent(subscription)}`);
    await page.locator('.graphiql-query-editor').getByText('WatchCharge').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(listening));
    await asAna('mutation($t: ID!, $k: String!) { simulatePixPayment(input: { txid: $t }, idempotencyKey: $k) { payment { endToEndId } } }', {
      t: open!.node.txid,
      k: randomUUID(),
    });
    await page.locator('.graphiql-response').getByText('"COMPLETED"').waitFor();
  }, 60_000);

  it("mints a demo customer's token from the explorer's form", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${gatewayOrigin}/graphiql`);
    await page.locator('#dev-token-form select').selectOption({ label: `${DEMO_CUSTOMERS.padaria.name} (${DEMO_CUSTOMERS.padaria.sub})` });
    await page.locator('#dev-token-form button').click();
    await eventually(async () => expect(await page.locator('#dev-token-header').inputValue()).toMatch(/^Authorization: Bearer \S+$/));
    const token = (await page.locator('#dev-token-header').inputValue()).replace('Authorization: Bearer ', '');
    const { data } = await graphql(stack.gateway.url, '{ me { name } }', { token });
    expect(data).toEqual({ me: { name: DEMO_CUSTOMERS.padaria.name } });
  });

  it("starts Apollo Sandbox with the overview query, a demo customer's token and the subscription endpoint", async () => {
    const page = await browser.context.newPage();
    // Apollo's CDN stands in: the embed script records what the page starts Sandbox with.
    await page.route(/^https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\//, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.EmbeddedSandbox = function (options) { window.sandboxOptions = options; };' }),
    );
    await page.goto(stack.gateway.url);
    const options = (await page.waitForFunction('window.sandboxOptions')).jsonValue() as Promise<{
      initialEndpoint: string;
      initialSubscriptionEndpoint: string;
      initialState: { document: string; headers: { Authorization: string } };
    }>;
    const { initialEndpoint, initialSubscriptionEndpoint, initialState } = await options;
    expect({ initialEndpoint, initialSubscriptionEndpoint }).toEqual({
      initialEndpoint: stack.gateway.url,
      initialSubscriptionEndpoint: stack.gateway.url.replace('http', 'ws'),
    });
    expect(initialState.document).toContain('query CustomerOverview');
    const { data } = await graphql(stack.gateway.url, '{ me { name } }', { token: initialState.headers.Authorization.replace('Bearer ', '') });
    expect(data).toEqual({ me: { name: DEMO_CUSTOMERS.ana.name } });
  });

  it('shows, where Apollo Sandbox cannot load, a link to the offline explorer', async () => {
    const page = await browser.context.newPage();
    await page.goto(stack.gateway.url);
    await page.locator('#sandbox-offline').getByRole('link', { name: 'Open GraphiQL' }).waitFor();
    expect(browser.blocked).toEqual([expect.stringMatching(/^https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\//)]);
  });

  it('lets a page on an allowed localhost origin call the API, preflight cached, and keeps another origin out', async () => {
    const unrouted = await offlineBrowser({ route: false });
    const page = await unrouted.context.newPage();
    const call = (token: string) =>
      page.evaluate(
        async ([url, bearer]) => {
          try {
            const response = await fetch(url!, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
              body: JSON.stringify({ query: '{ me { name } }' }),
            });
            return { status: response.status, body: (await response.json()) as unknown };
          } catch (error) {
            return { failed: String(error) };
          }
        },
        [stack.gateway.url, token],
      );
    const token = tokenFor({ ...DEMO_CUSTOMERS.ana, roles: ['customer'] });

    await page.goto(webApp.origin);
    expect(await call(token)).toEqual({ status: 200, body: { data: { me: { name: DEMO_CUSTOMERS.ana.name } } } });
    expect(await call(token)).toEqual({ status: 200, body: { data: { me: { name: DEMO_CUSTOMERS.ana.name } } } });
    const fromWebApp = received.filter(({ origin }) => origin === webApp.origin).map(({ method }) => method);
    expect(fromWebApp).toEqual(['OPTIONS', 'POST', 'POST']);

    await page.goto(otherSite.origin);
    expect(await call(token)).toEqual({ failed: expect.stringContaining('Failed to fetch') });
    expect(received.filter(({ origin }) => origin === otherSite.origin).map(({ method }) => method)).toEqual(['OPTIONS']);
    await unrouted.close();
  }, 60_000);
});
