import { readFileSync } from 'node:fs';
import { useHarness } from '@bank/testing';
import { createJwtVerifier } from '../src/auth/jwt-verifier';
import { DEMO_CUSTOMERS } from '../src/dev/demo-customers';
import { OVERVIEW_DOCUMENT_PATH } from '../src/explorer/explorer-state';
import { JWT_TEST_SECRET, startTestGateway } from './support';

const verify = createJwtVerifier({ keys: { kind: 'hs256', secret: JWT_TEST_SECRET }, maxLifetimeSeconds: 86_400 });
const html = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
/** The JSON block a page's start script reads. */
const configOf = (page: string): Record<string, unknown> =>
  JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(page)?.[1] ?? 'null');
const bearerOf = (authorization: unknown): string => String(authorization).replace(/^Bearer /, '');

describe('the development explorers', () => {
  const gateway = useHarness(startTestGateway);
  let origin: string;
  beforeAll(() => {
    origin = new URL(gateway.url).origin;
  });

  it('opens Apollo Sandbox with the overview query, a demo customer token and a link to the offline explorer', async () => {
    const response = await html(gateway.url);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('https://embeddable-sandbox.cdn.apollographql.com/');
    expect(page).toContain('href="/graphiql"');
    const config = configOf(page) as { document: string; headers: Record<string, string> };
    expect(config.document).toBe(readFileSync(OVERVIEW_DOCUMENT_PATH, 'utf8'));
    expect((await verify(bearerOf(config.headers.Authorization))).principal).toMatchObject({ id: DEMO_CUSTOMERS.ana.sub, name: DEMO_CUSTOMERS.ana.name });
  });

  it('serves GraphiQL at /graphiql with every script and stylesheet from the gateway itself, in the same initial state', async () => {
    const response = await html(`${origin}/graphiql`);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url!);
    expect(assets.filter((url) => !url.startsWith('/'))).toEqual([]);
    for (const asset of assets.filter((url) => url.startsWith('/graphiql/assets/')))
      expect([asset, (await fetch(`${origin}${asset}`)).status]).toEqual([asset, 200]);
    const config = configOf(page) as { defaultQuery: string; headers: string; subscriptionsProtocol: string; endpoint: string };
    expect(config).toMatchObject({ endpoint: '/graphql', subscriptionsProtocol: 'WS', defaultQuery: readFileSync(OVERVIEW_DOCUMENT_PATH, 'utf8') });
    expect((await verify(bearerOf((JSON.parse(config.headers) as Record<string, string>).Authorization))).principal).toMatchObject({
      id: DEMO_CUSTOMERS.ana.sub,
    });
  });

  it('mints a development token at POST /dev/token', async () => {
    const response = await fetch(`${origin}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub: 'c-dev', name: 'Maria Silva', document: '529.982.247-25', roles: ['customer', 'staff'] }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect((await verify(token)).principal).toEqual({
      kind: 'authenticated',
      id: 'c-dev',
      name: 'Maria Silva',
      document: '52998224725',
      roles: ['customer', 'staff'],
    });
  });

  it.each([
    ['no subject', { name: 'x' }],
    ['an unknown role', { sub: 'c-dev', roles: ['admin'] }],
    ["the bank's own party id", { sub: 'urn:bank:institution' }],
  ])('refuses a token request with %s (BAD_USER_INPUT)', async (_, body) => {
    const response = await fetch(`${origin}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })] });
  });
});

describe('a production gateway', () => {
  const gateway = useHarness(() => startTestGateway(undefined, undefined, { production: true }));
  let origin: string;
  beforeAll(() => {
    origin = new URL(gateway.url).origin;
  });

  it('serves no explorer and mints no token', async () => {
    expect((await html(`${origin}/graphiql`)).status).toBe(404);
    expect((await fetch(`${origin}/graphiql/assets/graphiql.js`)).status).toBe(404);
    expect(
      (await fetch(`${origin}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sub: 'c-1' }) })).status,
    ).toBe(404);
    expect(await (await html(gateway.url)).text()).not.toContain('EmbeddedSandbox');
  });
});
