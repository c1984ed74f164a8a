import { createHash } from 'node:crypto';
import { loadConfig } from '@bank/platform';
import { serviceTestEnv, useHarness } from '@bank/testing';
import jwt from 'jsonwebtoken';
import { gatewayEnv } from '../src/config';
import { graphql, JWT_TEST_SECRET, startTestGateway, tokenFor } from './support';

type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;

const post = (gateway: TestGateway, body: string, headers: Record<string, string> = {}) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const seriesOf = (metrics: string, name: string): number => metrics.split('\n').filter((line) => line.startsWith(`${name}{`)).length;

describe('the gateway at the trust boundary', () => {
  const gateway = useHarness(() =>
    startTestGateway([{ name: 'pix', url: 'http://127.0.0.1:9/graphql' }], { ...serviceTestEnv('gateway'), RATE_LIMIT_ANONYMOUS: '1000' }),
  );

  it.each([
    ['another charset', { 'content-type': 'application/json; charset=latin1' }, '{"query":"{ __typename }"}', 415],
    ['a broken gzip stream', { 'content-encoding': 'gzip' }, 'not gzip at all', 400],
    ['malformed JSON', {}, '{"query": ', 400],
    ['an unknown operation name', {}, '{"query":"query A { __typename }","operationName":"B"}', 400],
  ])('answers %s with coded JSON 4xx', async (_, headers, body, status) => {
    const response = await post(gateway, body, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(errors[0]?.extensions.code).toEqual(expect.any(String));
  });

  it('stays ready with a subgraph down (it serves partial data), reporting which one', async () => {
    const response = await fetch(gateway.url.replace('/graphql', '/health/ready'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'degraded', subgraphs: { pix: 'unavailable' } });
  });

  it('keeps metric labels to a closed set however many distinct operations anonymous clients send', async () => {
    const fields = ['me', 'customer(id: "x")', '__typename', 'nope', 'loanSimulation'];
    for (let i = 0; i < 60; i += 1) {
      const picked = fields.filter((_, index) => (i >> index) & 1).map((field, index) => `a${i}_${index}: ${field}`);
      await graphql(gateway.url, `{ ${picked.join(' ') || '__typename'} }`);
    }
    const metrics = await (await fetch(gateway.metricsUrl)).text();
    // type × (root fields of the schema + multiple + unknown), not one series per combination sent
    expect(seriesOf(metrics, 'graphql_operation_duration_seconds_count')).toBeLessThanOrEqual(6);
    expect(metrics).not.toMatch(/fields="[^"]*,/);
  });

  describe('tokens', () => {
    it('refuses a token living longer than the maximum lifetime (24 h by default)', async () => {
      const response = await graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub: 'c-long', expiresIn: 25 * 3600 }) });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/lives longer/), extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('refuses a subject longer than 255 characters', async () => {
      const response = await graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub: 'c'.repeat(256) }) });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      const fits = await graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub: 'c'.repeat(255) }) });
      expect(fits.errors).toBeUndefined();
    });

    it('measures the lifetime from now when the token has no iat', async () => {
      const noIat = jwt.sign({ roles: ['customer'], exp: Math.floor(Date.now() / 1000) + 30 * 3600 }, JWT_TEST_SECRET, {
        algorithm: 'HS256',
        subject: 'c-noiat',
        noTimestamp: true,
      });
      expect((await graphql(gateway.url, '{ me { id } }', { token: noIat })).status).toBe(401);
    });
  });
});

describe('the gateway in production', () => {
  const gateway = useHarness(() => startTestGateway([], serviceTestEnv('gateway'), { production: true }));

  it('gives no field suggestions', async () => {
    const response = await graphql(gateway.url, '{ mee { id } }', { token: tokenFor({ sub: 'c-1' }) });
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field/);
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('rate limits', () => {
  const gateway = useHarness(() =>
    startTestGateway([], {
      ...serviceTestEnv('gateway'),
      RATE_LIMIT_ANONYMOUS: '3',
      RATE_LIMIT_PER_PRINCIPAL: '3',
      RATE_LIMIT_EXEMPT_SUBJECTS: 'bench-client',
    }),
  );

  it('answers anonymous requests over the limit with 429, Retry-After and RATE_LIMITED', async () => {
    for (let i = 0; i < 3; i += 1) expect((await post(gateway, '{"query":"{ __typename }"}')).status).toBe(200);
    const refused = await post(gateway, '{"query":"{ __typename }"}');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('counts each principal apart, and lets a configured exempt client through', async () => {
    const as = (sub: string) => graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub }) });
    for (let i = 0; i < 3; i += 1) expect((await as('c-busy')).status).toBe(200);
    expect((await as('c-busy')).status).toBe(429);
    expect((await as('c-other')).status).toBe(200);
    for (let i = 0; i < 6; i += 1) expect((await as('bench-client')).status).toBe(200);
  });
});

describe('the gateway configuration in production', () => {
  const strong = (seed: string) => createHash('sha256').update(seed).digest('hex');
  const production = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '0.0.0.0',
    PORT: '4000',
    METRICS_PORT: '9400',
    RABBITMQ_URL: 'amqps://gateway:pw@mq',
    EVENTS_EXCHANGE: 'bank.events',
    REDIS_URL: 'rediss://cache',
    PRINCIPAL_HMAC_SECRET: strong('principal'),
    EVENTS_HMAC_KEYS: `pix=${strong('pix')}`,
    JWT_SECRET: strong('jwt'),
    JWT_ISSUER: 'https://id.example',
    JWT_AUDIENCE: 'bank-api',
    SUPERGRAPH_PATH: '/app/schema/supergraph.graphql',
    PIX_URL: 'http://pix:4001/graphql',
    LOANS_URL: 'http://loans:4002/graphql',
    INSURANCE_URL: 'http://insurance:4003/graphql',
    ACCOUNTS_URL: 'http://accounts:4004/graphql',
    SUBGRAPH_TIMEOUT_MS: '5000',
    JWT_MAX_LIFETIME_SECONDS: '86400',
    RATE_LIMIT_PER_IP: '1200',
    RATE_LIMIT_PER_PRINCIPAL: '600',
    RATE_LIMIT_ANONYMOUS: '120',
    RATE_LIMIT_MUTATIONS: '60',
  };

  it('starts with strong, distinct secrets and an issuer and audience', () => {
    expect(loadConfig(gatewayEnv, production)).toMatchObject({ JWT_MAX_LIFETIME_SECONDS: 86_400, RATE_LIMIT_MUTATIONS: 60 });
  });

  it.each([
    ['the HMAC secret reused as the JWT secret', { JWT_SECRET: production.PRINCIPAL_HMAC_SECRET }, /PRINCIPAL_HMAC_SECRET and JWT_SECRET must be different/],
    ['no issuer', { JWT_ISSUER: '' }, /JWT_ISSUER is required in production/],
    ['no audience', { JWT_AUDIENCE: '' }, /JWT_AUDIENCE is required in production/],
    ['the guest broker user', { RABBITMQ_URL: 'amqp://guest:guest@mq:5672' }, /RABBITMQ_URL must name the service's own broker user/],
  ])('refuses %s', (_, change, message) => {
    expect(() => loadConfig(gatewayEnv, { ...production, ...change })).toThrow(message);
  });
});
