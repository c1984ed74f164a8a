import { createMetrics } from '@bank/observability';
import { testEndpoints } from '@bank/testing';
import { parse } from 'graphql';
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisNonceStore, startSubgraphServer, type RequestContext, type SubgraphServer } from '../src';
import { principalHeaders, type Principal, type SignedOperation } from '@bank/identity';

const secret = 'subgraph-boundary-test-secret';
const staff: Principal = { kind: 'authenticated', id: 's-1', roles: ['staff'], name: 'Staff', document: '52998224725' };
const typeDefs = parse(`type Query { whoami: String! secret: String! }`);
const WHOAMI = 'query Who { whoami } query Secret { secret }';

describe('a subgraph runs only what the gateway signed', () => {
  const redis = new Redis(testEndpoints.redisUrl);
  let server: SubgraphServer;
  const ran: string[] = [];

  beforeAll(async () => {
    server = await startSubgraphServer<RequestContext>({
      name: 'boundary',
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      drainMs: 0,
      typeDefs,
      principalSecret: secret,
      nonces: redisNonceStore(redis, { logger: pino({ level: 'silent' }) }),
      logger: pino({ level: 'silent' }),
      metrics: createMetrics({ service: 'boundary' }),
      context: (base) => base,
      readiness: {},
      hideSchemaDetails: true,
      resolvers: {
        Query: {
          whoami: () => (ran.push('whoami'), 'ok'),
          secret: () => (ran.push('secret'), 'the vault'),
        },
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    redis.disconnect();
  });

  const operation: SignedOperation = { method: 'POST', operationName: 'Who', query: WHOAMI, variables: {} };
  const errorCode = async (response: Response): Promise<unknown> =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;
  const send = (headers: Record<string, string>, body: string, init: RequestInit = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, ...init });
  const body = JSON.stringify({ query: WHOAMI, operationName: 'Who', variables: {} });

  it('answers a GET carrying a captured signature and another ?query= with 405, before any signature check', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ secret }')}`;
    const response = await fetch(url, { method: 'GET', headers: { ...principalHeaders(staff, secret, operation), 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    expect(ran).not.toContain('secret');
  });

  it('refuses a POST whose signature covers another operation of the same document (401)', async () => {
    const response = await send(principalHeaders(staff, secret, operation), JSON.stringify({ query: WHOAMI, operationName: 'Secret', variables: {} }));
    expect(response.status).toBe(401);
    expect(ran).not.toContain('secret');
  });

  it('accepts a signed request once: the same request replayed within the window is refused', async () => {
    const headers = principalHeaders(staff, secret, operation);
    expect((await send(headers, body)).status).toBe(200);
    const replay = await send(headers, body);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('does not run a persisted-query hash, which the signature cannot cover', async () => {
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } };
    const response = await send(principalHeaders(staff, secret, { method: 'POST', query: '' }), JSON.stringify(apq));
    expect(await errorCode(response)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it.each([
    ['another charset', { 'content-type': 'application/json; charset=latin1' }, body, 415],
    ['a broken gzip stream', { 'content-encoding': 'gzip' }, 'not gzip at all', 400],
    ['malformed JSON', {}, '{"query": ', 400],
  ])('answers %s with coded JSON 4xx', async (_, headers, payload, status) => {
    const response = await send(headers, payload);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await errorCode(response)).toEqual(expect.any(String));
  });

  it('answers an unknown operation name with coded JSON 400', async () => {
    const unknown = { ...operation, operationName: 'Nope' };
    const response = await send(principalHeaders(staff, secret, unknown), JSON.stringify({ query: WHOAMI, operationName: 'Nope', variables: {} }));
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toEqual(expect.any(String));
  });

  it('gives no field suggestions when schema details are hidden (production)', async () => {
    const typo = { method: 'POST', query: '{ whoam }' };
    const response = await send(principalHeaders(staff, secret, typo), JSON.stringify({ query: '{ whoam }' }));
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    expect(errors[0]?.message).toMatch(/Cannot query field/);
    expect(errors[0]?.message).not.toMatch(/Did you mean/);
  });
});
