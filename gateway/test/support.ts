import { loadConfig, platformEnv, startPlatform, type ServiceOverrides } from '@bank/platform';
import { redisRateLimits } from '@bank/graphql';
import { serviceTestEnv, TEST_PRINCIPAL_SECRET, uniqueName } from '@bank/testing';
import jwt from 'jsonwebtoken';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { devTokenIssuer } from '../src/auth/dev-token';
import { createJwtVerifier } from '../src/auth/jwt-verifier';
import { rateLimitEnv, rateLimitSettings } from '../src/config';
import { startGateway, type GatewayOptions, type RunningGateway } from '../src/server/gateway-server';
import { SUPERGRAPH_PATH } from '../src/composition/subgraphs';
import type { SubgraphEndpoint } from '../src/server/health';

export const JWT_TEST_SECRET = 'gateway-test-jwt-secret';

export interface TokenClaims {
  readonly sub: string;
  readonly roles?: readonly string[];
  readonly name?: string;
  readonly document?: string;
  readonly expiresIn?: number;
}

export const tokenFor = (
  { sub, roles = ['customer'], name = 'Maria Silva', document = '52998224725', expiresIn = 600 }: TokenClaims,
  secret = JWT_TEST_SECRET,
): string => jwt.sign({ roles, name, document }, secret, { algorithm: 'HS256', subject: sub, expiresIn });

/**
 * A gateway on port 0 in front of the given subgraphs, with its own platform (stopped with it). `env` should carry the
 * EVENTS_EXCHANGE the subgraphs publish to, so subscriptions see their events.
 */
export async function startTestGateway(
  subgraphs: readonly SubgraphEndpoint[] = [],
  env: Record<string, string> = serviceTestEnv('gateway'),
  {
    production = false,
    corsOrigins = [],
    drainMs = 0,
    // Generous: the suite runs on two cores beside other work, and a stopped subgraph is refused at once anyway.
    subgraphTimeoutMs = 10_000,
    logDestination,
  }: Partial<Pick<GatewayOptions, 'production' | 'corsOrigins' | 'drainMs' | 'subgraphTimeoutMs'>> & Pick<ServiceOverrides, 'logDestination'> = {},
): Promise<RunningGateway> {
  const platform = await startPlatform('gateway', loadConfig(platformEnv, env), logDestination === undefined ? {} : { logDestination });
  // Rate limits from the environment (the benchmark's exemption), counted apart from any other gateway in the shared Redis.
  const rateLimits = redisRateLimits(platform.redis, rateLimitSettings(loadConfig(rateLimitEnv, { ...process.env, ...env })), {
    logger: platform.logger,
    prefix: uniqueName('rate'),
  });
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    metricsPort: 0,
    production,
    corsOrigins,
    ...(production ? {} : { issueDevToken: devTokenIssuer(JWT_TEST_SECRET) }),
    supergraphPath: SUPERGRAPH_PATH,
    subgraphs,
    subgraphTimeoutMs,
    drainMs,
    principalSecret: TEST_PRINCIPAL_SECRET,
    verifyToken: createJwtVerifier({ keys: { kind: 'hs256', secret: JWT_TEST_SECRET }, maxLifetimeSeconds: 86_400 }),
    rateLimits,
    redis: platform.redis,
    bus: platform.bus,
    logger: platform.logger,
    metrics: platform.metrics,
  });
  return { ...gateway, stop: async () => (await gateway.stop(), await platform.close()) };
}

export interface GraphQLResponse {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql(
  url: string,
  query: string,
  { token, variables, headers = {} }: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

/** A graphql-ws client of the gateway at `url` (its HTTP GraphQL URL), connected at once, never retrying. */
export function gatewaySocket(url: string, connectionParams: Record<string, unknown>): Client {
  return createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}
