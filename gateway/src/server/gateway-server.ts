import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { isAppError } from '@bank/kernel';
import {
  bodyErrors,
  Drain,
  drainThenStop,
  formatError,
  IN_FLIGHT_GRACE_MS,
  notFound,
  observeHttp,
  operationMetrics,
  startMetricsServer,
  urlHost,
  type GracefulServer,
  type RateLimits,
} from '@bank/graphql';
import { ANONYMOUS, type Principal } from '@bank/identity';
import { CORRELATION_HEADER, type ServiceMetrics } from '@bank/observability';
import express, { type Request } from 'express';
import { GraphQLError } from 'graphql';
import type { EventBus } from '@bank/messaging';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { IssueDevToken } from '../auth/dev-token';
import { bearerToken, type VerifyToken } from '../auth/jwt-verifier';
import type { GatewayContext } from '../context';
import { identityDataSource } from '../identity/identity-subgraph';
import { RedisSignedInIdentities } from '../identity/infrastructure/redis-signed-in-identities';
import { recordingSignIns } from '../identity/sign-ins';
import { RedisKeyValueCache } from './apq-cache';
import { readinessHandler, type SubgraphEndpoint } from './health';
import { armor, OPERATION_LIMITS } from './limits';
import { subgraphFetchDuration } from './metrics';
import { unknownOperationIsBadRequest } from './operation-resolution';
import { pageCostLimit } from './page-cost';
import { rateLimitPlugin } from './rate-limit-plugin';
import { SignedDataSource, subgraphConnections } from './subgraph-data-source';
import { corsPolicy } from './cors';
import { developmentRoutes } from './development-routes';
import { explorerStateSource } from '../explorer/explorer-state';
import { sandboxLandingPage } from '../explorer/sandbox-landing-page';
import { supergraphFromFile } from './supergraph-file';
import { PaymentEventHub } from '../subscriptions/payment-events';
import { SubscriptionAwareGateway } from '../subscriptions/subscription-gateway';
import { SubscriptionMetrics } from '../subscriptions/subscription-metrics';
import { withSubscriptions, type RunQuery } from '../subscriptions/subscription-schema';
import { startSubscriptionServer } from '../subscriptions/ws-server';

export interface GatewayOptions {
  /** Bind address of the public and the metrics listener. */
  readonly host: string;
  readonly port: number;
  /** Internal listener serving `GET /metrics`. */
  readonly metricsPort: number;
  readonly production: boolean;
  readonly supergraphPath: string;
  /** Where each remote subgraph is, overriding the development URLs in the supergraph. */
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly subgraphTimeoutMs: number;
  /** How long `shutdown()` answers readiness with 503 before it stops accepting requests. */
  readonly drainMs: number;
  readonly principalSecret: string;
  readonly verifyToken: VerifyToken;
  /** Per IP and per principal, anonymous and mutations apart (Redis). */
  readonly rateLimits: RateLimits;
  readonly redis: Redis;
  /** Payment events for subscriptions. */
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /** Origins whose browser pages may call the API (CORS); none by default. */
  readonly corsOrigins?: readonly string[];
  /** Mints development tokens for the explorers and `POST /dev/token`; never given in production. */
  readonly issueDevToken?: IssueDevToken;
}

export interface RunningGateway extends GracefulServer {
  readonly url: string;
  readonly metricsUrl: string;
  readonly hub: PaymentEventHub;
  readonly httpServer: Server;
  readonly gateway: ApolloGateway;
  /** Stops at once (tests); `shutdown()` drains first. */
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { logger, metrics } = options;
  const fetchDuration = subgraphFetchDuration(metrics.registry);
  const urls = new Map(options.subgraphs.map(({ name, url }) => [name, url]));
  const connections = subgraphConnections();
  const identities = new RedisSignedInIdentities(options.redis);
  const verifyToken = recordingSignIns(options.verifyToken, identities, logger);
  // @apollo/gateway otherwise exports usage data to Apollo and probes cloud metadata endpoints at start-up.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(options.supergraphPath, { watchForChanges: !options.production, logger }),
    buildService: ({ name, url }) =>
      name === 'identity'
        ? identityDataSource(identities)
        : new SignedDataSource({
            name,
            url: urls.get(name) ?? url ?? '',
            principalSecret: options.principalSecret,
            timeoutMs: options.subgraphTimeoutMs,
            fetchDuration,
            connections,
          }),
    logger,
  });

  const hub = new PaymentEventHub(options.bus, logger);
  await hub.start();
  // Called once a supergraph has loaded, inside apollo.start(): `apollo` exists by then.
  const runQuery: RunQuery = async (contextValue, query, variables) => {
    const response = await apollo.executeOperation({ query, variables: variables ?? {} }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
  const subscriptionMetrics = new SubscriptionMetrics(metrics.registry);
  const subscriptionGateway = new SubscriptionAwareGateway(gateway, (apiSchema) =>
    withSubscriptions(apiSchema, { hub, runQuery, metrics: subscriptionMetrics }),
  );

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const protection = armor({ production: options.production });
  // The explorers and development tokens exist only outside production.
  const explorerState = options.production ? undefined : explorerStateSource(options.issueDevToken);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: subscriptionGateway,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    persistedQueries: { cache: new RedisKeyValueCache(options.redis) },
    formatError: formatError(logger),
    logger,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      unknownOperationIsBadRequest(),
      pageCostLimit({ maxPageSize: OPERATION_LIMITS.maxPageSize, maxCost: OPERATION_LIMITS.maxItemsCost }),
      rateLimitPlugin(options.rateLimits),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: IN_FLIGHT_GRACE_MS }),
      explorerState ? sandboxLandingPage(explorerState) : ApolloServerPluginLandingPageDisabled(),
      operationMetrics(metrics.registry),
    ],
  });
  await apollo.start();

  const drain = new Drain();
  app.use(observeHttp(metrics));
  app.use(drain.closeConnections);
  app.use(corsPolicy(options.corsOrigins ?? []));
  if (explorerState) app.use(await developmentRoutes(explorerState, options.issueDevToken));
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  const ready = drain.readiness(readinessHandler(options.subgraphs));
  app.get('/health/ready', ready);
  app.get('/health', ready);
  app.use(
    '/graphql',
    express.json({ limit: OPERATION_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        principal: await authenticate(req, verifyToken),
        correlationId: req.header(CORRELATION_HEADER) ?? randomUUID(),
        clientIp: req.socket.remoteAddress ?? 'unknown',
      }),
    }),
  );
  app.use(bodyErrors);
  app.use(notFound);

  const subscriptions = startSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema: () => subscriptionGateway.currentSchema(),
    verifyToken,
    validationRules: protection.validationRules ?? [],
    maxMessageBytes: OPERATION_LIMITS.maxBodyBytes,
    logger,
  });

  const metricsServer = await startMetricsServer({ host: options.host, port: options.metricsPort, registry: metrics.registry });
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${urlHost(options.host)}:${port}/graphql`;
  logger.info({ url, metrics: metricsServer.url }, 'gateway ready');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await subscriptions.close();
      await apollo.stop();
      await hub.stop();
      await connections.close();
      await metricsServer.stop();
    })());
  return { url, metricsUrl: metricsServer.url, httpServer, gateway, hub, stop, shutdown: () => drainThenStop(drain, options.drainMs, stop) };
}

/** Anonymous without a token; UNAUTHENTICATED (HTTP 401) with a bad or expired one. */
async function authenticate(req: Request, verifyToken: VerifyToken): Promise<Principal> {
  try {
    const token = bearerToken(req.header('authorization'));
    return token === undefined ? ANONYMOUS : (await verifyToken(token)).principal;
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
  }
}
