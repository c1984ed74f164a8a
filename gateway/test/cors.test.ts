import { loadConfig } from '@bank/platform';
import { useHarness } from '@bank/testing';
import { gatewayEnv } from '../src/config';
import { PREFLIGHT_MAX_AGE_SECONDS } from '../src/server/cors';
import { startTestGateway, tokenFor } from './support';

const WEB_APP = 'http://localhost:5173';
const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS', () => {
  const gateway = useHarness(() => startTestGateway(undefined, undefined, { corsOrigins: [WEB_APP] }));

  it('answers the preflight of an allowed origin, without credentials, cached by the browser', async () => {
    const response = await preflight(gateway.url, WEB_APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB_APP);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('authorization'));
    expect(response.headers.get('access-control-max-age')).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('lets the allowed origin read the answer of a real request', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: WEB_APP, 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ sub: 'c-cors' })}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB_APP);
    expect(await response.json()).toEqual({ data: { me: { id: 'c-cors' } } });
  });

  it('gives any other origin no Access-Control-* header at all', async () => {
    const refused = await preflight(gateway.url, 'http://evil.example');
    expect(refused.status).toBe(403);
    expect(corsHeaders(refused)).toEqual([]);
    const request = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5174', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(corsHeaders(request)).toEqual([]);
  });
});

describe('CORS_ORIGINS', () => {
  const load = (env: Record<string, string>) => loadConfig({ CORS_ORIGINS: gatewayEnv.CORS_ORIGINS }, env).CORS_ORIGINS;

  it('defaults to the local web app in development, and to no origin in production', () => {
    expect(load({ NODE_ENV: 'development' })).toEqual(['http://localhost:5173', 'http://127.0.0.1:5173']);
    expect(load({ NODE_ENV: 'production' })).toBeUndefined();
  });

  it('takes a comma-separated list of origins and refuses anything else', () => {
    expect(load({ NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.com, https://admin.example.com:8443' })).toEqual([
      'https://app.example.com',
      'https://admin.example.com:8443',
    ]);
    expect(() => load({ CORS_ORIGINS: 'https://app.example.com/' })).toThrow(/CORS_ORIGINS must list origins/);
    expect(() => load({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});
