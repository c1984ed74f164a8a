import { badInput } from '@bank/kernel';
import { createMetrics } from '@bank/observability';
import { testEndpoints } from '@bank/testing';
import { parse } from 'graphql';
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisNonceStore, scalarResolvers, scalarTypeDefs, startSubgraphServer, type RequestContext, type SubgraphServer } from '../src';
import { principalHeaders, type Principal } from '@bank/identity';

const secret = 'subgraph-test-secret';
const alice: Principal = { kind: 'authenticated', id: 'c-alice', roles: ['customer'], name: 'Alice', document: '52998224725' };

interface Context extends RequestContext {
  readonly batches: string[][];
}

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  ${scalarTypeDefs}
  type Account @key(fields: "id") { id: ID! balance: Decimal! }
  type Query {
    whoami: String!
    refuse(amount: Decimal!): String
    crash: String
    accounts(ids: [ID!]!): [Account]!
  }
`);

const signed = (query: string, principal: Principal = alice, key = secret) => principalHeaders(principal, key, { method: 'POST', query });

describe('startSubgraphServer', () => {
  const redis = new Redis(testEndpoints.redisUrl);
  const nonces = redisNonceStore(redis, { logger: pino({ level: 'silent' }) });
  let server: SubgraphServer;
  let dependencyUp = true;
  const batches: string[][] = [];
  const stopped: string[] = [];

  beforeAll(async () => {
    server = await startSubgraphServer<Context>({
      name: 'test',
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      typeDefs,
      principalSecret: secret,
      nonces,
      logger: pino({ level: 'silent' }),
      metrics: createMetrics({ service: 'test' }),
      context: (base) => ({ ...base, batches }),
      readiness: {
        store: async () => {
          if (!dependencyUp) throw new Error('down');
        },
      },
      drainMs: 0,
      onShutdown: [async () => stopped.push('relay'), async () => stopped.push('store')],
      resolvers: {
        ...scalarResolvers,
        Query: {
          whoami: (_: unknown, __: unknown, { principal, correlationId }: Context) =>
            `${principal.kind === 'authenticated' ? principal.id : 'anonymous'}/${correlationId}`,
          refuse: () => {
            throw badInput('amount is too large', 'amount');
          },
          crash: () => {
            throw new Error('database password is hunter2');
          },
          accounts: (_: unknown, { ids }: { ids: string[] }, { loaders }: Context) =>
            Promise.all(
              ids.map((id) =>
                loaders
                  .get('account', async (keys) => {
                    batches.push([...keys]);
                    return new Map(keys.map((key) => [key, { id: key, balance: '1.00' }]));
                  })
                  .load(id),
              ),
            ),
        },
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    redis.disconnect();
  });

  const base = () => server.url.replace('/graphql', '');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  const body = async (response: Promise<Response>): Promise<any> => (await response).json();
  const post = (query: string, headers: Record<string, string> = signed(query)) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers a signed request with the principal and the correlation id', async () => {
    const response = await post('{ whoami }', { ...signed('{ whoami }'), 'x-correlation-id': 'corr-1' });
    expect(await response.json()).toEqual({ data: { whoami: 'c-alice/corr-1' } });
  });

  it('answers _service (the SDL the composition reads)', async () => {
    const service = await body(post('{ _service { sdl } }'));
    expect(service.data._service.sdl).toMatch(/type Account\s+@key\(fields: "id"\)/);
  });

  it('refuses unsigned and forged requests with UNAUTHENTICATED', async () => {
    const unsigned = await post('{ whoami }', {});
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    const forged = await post('{ whoami }', signed('{ whoami }', alice, 'not-the-gateway-secret'));
    expect(forged.status).toBe(401);
    const replayed = await post('{ crash }', signed('{ whoami }'));
    expect(replayed.status).toBe(401);
    expect(forged.status).toBe(401);
  });

  it('turns an AppError into its code and field, and masks anything else', async () => {
    const refused = await body(post('{ refuse(amount: "1.00") }'));
    expect(refused.errors[0]).toMatchObject({ message: 'amount is too large', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    const crashed = await body(post('{ crash }'));
    expect(crashed.errors[0]).toEqual({
      message: 'Internal server error',
      path: ['crash'],
      locations: expect.any(Array),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const invalid = await body(post('{ refuse(amount: 1.5) }'));
    expect(invalid.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('batches loads of one request into one call, and does not share loaders between requests', async () => {
    batches.length = 0;
    await post('{ accounts(ids: ["a", "b", "a"]) { id balance } }');
    await post('{ accounts(ids: ["a"]) { id } }');
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });

  it('reports liveness, readiness per dependency, and metrics on the internal port only', async () => {
    expect((await fetch(`${base()}/health/live`)).status).toBe(200);
    expect(await (await fetch(`${base()}/health/ready`)).json()).toEqual({ status: 'ok', checks: { store: 'ok' } });
    dependencyUp = false;
    const down = await fetch(`${base()}/health/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', checks: { store: 'unavailable' } });
    dependencyUp = true;
    expect((await fetch(`${base()}/metrics`)).status).toBe(404);
    const metrics = await (await fetch(server.metricsUrl)).text();
    expect(metrics).toMatch(/graphql_operation_duration_seconds_count\{service="test",type="query",fields="whoami"\} \d+/);
    expect(metrics).toMatch(/graphql_operation_errors_total\{type="query",fields="refuse",code="BAD_USER_INPUT",service="test"\} 1/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{service="test",method="POST",route="\/graphql",status="401"\} 3/);
  });

  it('stops gracefully, then runs the shutdown hooks in order', async () => {
    const other = await startSubgraphServer<RequestContext>({
      name: 'other',
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      typeDefs,
      principalSecret: secret,
      nonces,
      logger: pino({ level: 'silent' }),
      metrics: createMetrics({ service: 'other' }),
      context: (c) => c,
      readiness: {},
      resolvers: {},
      drainMs: 0,
      onShutdown: [async () => stopped.push('relay'), async () => stopped.push('store')],
    });
    await other.stop();
    expect(stopped).toEqual(['relay', 'store']);
    await expect(fetch(other.url)).rejects.toThrow();
  });

  it('on shutdown answers readiness 503 and closes kept-alive connections through the drain delay, then stops', async () => {
    const draining = await startSubgraphServer<RequestContext>({
      name: 'draining',
      host: '127.0.0.1',
      port: 0,
      metricsPort: 0,
      typeDefs,
      principalSecret: secret,
      nonces,
      logger: pino({ level: 'silent' }),
      metrics: createMetrics({ service: 'draining' }),
      context: (c) => c,
      readiness: {},
      resolvers: {},
      drainMs: 300,
    });
    const ready = new URL('/health/ready', draining.url);
    expect((await fetch(ready)).status).toBe(200);
    const stopped = draining.shutdown();
    const during = await fetch(ready);
    expect({ status: during.status, connection: during.headers.get('connection') }).toEqual({ status: 503, connection: 'close' });
    expect(await during.json()).toEqual({ status: 'draining' });
    expect((await fetch(new URL('/health/live', draining.url))).status).toBe(200);
    await stopped;
    await expect(fetch(ready)).rejects.toThrow();
  });
});
