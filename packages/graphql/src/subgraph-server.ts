import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isAppError } from '@bank/kernel';
import { CORRELATION_HEADER, type ServiceMetrics } from '@bank/observability';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from './context';
import { formatError } from './errors';
import { bodyErrors, notFound, onlyPost, sendError } from './http-errors';
import { observeHttp } from './http-observability';
import { urlHost } from './listen-address';
import { startMetricsServer } from './metrics-server';
import { isFirstUse, type NonceStore } from './nonce-store';
import { Loaders } from './loaders';
import { operationMetrics } from './operation-metrics';
import { verifyPrincipal, type VerifiedRequest } from '@bank/identity';
import { Drain, drainThenStop, IN_FLIGHT_GRACE_MS, type GracefulServer } from './graceful-shutdown';

/** A readiness check throws (or rejects) when its dependency cannot serve. */
export type ReadinessCheck = () => Promise<unknown>;

export interface SubgraphServerOptions<TContext extends RequestContext> {
  readonly name: string;
  /** Bind address of both listeners (127.0.0.1 unless HOST says otherwise). */
  readonly host: string;
  readonly port: number;
  /** Internal listener serving `GET /metrics`, never the public port. */
  readonly metricsPort: number;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<TContext>;
  readonly principalSecret: string;
  /** Where the nonces of signed requests are remembered: each is accepted once. */
  readonly nonces: NonceStore;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /** Adds the service's use cases to the per-request context. */
  readonly context: (base: RequestContext) => TContext;
  readonly readiness: Readonly<Record<string, ReadinessCheck>>;
  /** How long `shutdown()` answers readiness with 503 before it stops accepting requests. */
  readonly drainMs: number;
  /** Closed in this order once HTTP has drained: relays, consumers, then stores. */
  readonly onShutdown?: readonly (() => Promise<unknown>)[];
  readonly introspection?: boolean;
  /** Production: no "Did you mean" field suggestions in errors. */
  readonly hideSchemaDetails?: boolean;
}

export interface SubgraphServer extends GracefulServer {
  readonly url: string;
  readonly metricsUrl: string;
  /** Stops at once (tests); `shutdown()` drains first. */
  stop(): Promise<void>;
}

/**
 * An Apollo subgraph on express with what every service needs: the gateway-signed principal,
 * correlation ids, error codes, per-request DataLoaders, `/health/live`, `/health/ready`,
 * `/metrics` on an internal port, and a graceful stop.
 */
export async function startSubgraphServer<TContext extends RequestContext>(options: SubgraphServerOptions<TContext>): Promise<SubgraphServer> {
  const { logger, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
    introspection: options.introspection ?? true,
    hideSchemaDetailsFromClientErrors: options.hideSchemaDetails ?? false,
    // A persisted-query hash would run a document the signature never covered.
    persistedQueries: false,
    formatError: formatError(logger),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: IN_FLIGHT_GRACE_MS }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationMetrics(metrics.registry),
    ],
  });
  await apollo.start();

  const drain = new Drain();
  app.use(observeHttp(metrics));
  app.use(drain.closeConnections);
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  const ready = drain.readiness(readinessHandler(options.readiness, logger));
  app.get('/health/ready', ready);
  app.get('/health', ready);
  app.use(
    '/graphql',
    onlyPost,
    express.json({ limit: '1mb' }),
    verifySignedOnce(options.principalSecret, options.nonces),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        options.context({
          principal: res.locals.principal,
          correlationId: req.header(CORRELATION_HEADER) ?? randomUUID(),
          loaders: new Loaders(),
          logger,
        }),
    }),
  );

  app.use(bodyErrors);
  app.use(notFound);

  const metricsServer = await startMetricsServer({ host: options.host, port: options.metricsPort, registry: metrics.registry });
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${urlHost(options.host)}:${port}/graphql`;
  logger.info({ url, metrics: metricsServer.url }, `${options.name} subgraph ready`);
  let stopping: Promise<void> | undefined;
  const hooks = [...(options.onShutdown ?? []), () => metricsServer.stop()];
  const stop = () => (stopping ??= stopAll(apollo, httpServer, hooks, logger));
  return { url, metricsUrl: metricsServer.url, stop, shutdown: () => drainThenStop(drain, options.drainMs, stop) };
}

interface GraphQLBody {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
}

/**
 * Runs only what the gateway signed: the signature must cover this method, operation name, document
 * and variables, and its nonce must be new (a captured request replayed within the window is refused).
 */
function verifySignedOnce(secret: string, nonces: NonceStore) {
  return async (req: Request, res: Response, next: (error?: unknown) => void): Promise<void> => {
    const body = (req.body ?? {}) as GraphQLBody;
    let verified: VerifiedRequest;
    try {
      verified = verifyPrincipal(req.headers, secret, {
        method: req.method,
        operationName: typeof body.operationName === 'string' ? body.operationName : null,
        query: typeof body.query === 'string' ? body.query : '',
        variables: (body.variables ?? null) as Record<string, unknown> | null,
      });
    } catch (error) {
      if (!isAppError(error)) return next(error);
      return sendError(res, 401, error.code, error.message);
    }
    if (!(await isFirstUse(nonces, verified))) return sendError(res, 401, 'UNAUTHENTICATED', 'This signed request was already used');
    res.locals.principal = verified.principal;
    next();
  };
}

function readinessHandler(checks: Readonly<Record<string, ReadinessCheck>>, logger: Logger) {
  return async (_req: Request, res: Response): Promise<void> => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), 2_000);
          return [name, 'ok'] as const;
        } catch (error) {
          logger.warn({ err: error, dependency: name }, 'readiness check failed');
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const ok = results.every(([, status]) => status === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
  };
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

async function stopAll(apollo: { stop(): Promise<void> }, httpServer: Server, hooks: readonly (() => Promise<unknown>)[], logger: Logger): Promise<void> {
  await apollo.stop();
  if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
    }
  }
}
