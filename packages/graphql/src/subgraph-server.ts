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
import { observeHttp, serveMetrics } from './http-observability';
import { Loaders } from './loaders';
import { operationMetrics } from './operation-metrics';
import { verifyPrincipal } from '@bank/identity';

/** A readiness check throws (or rejects) when its dependency cannot serve. */
export type ReadinessCheck = () => Promise<unknown>;

export interface SubgraphServerOptions<TContext extends RequestContext> {
  readonly name: string;
  readonly port: number;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<TContext>;
  readonly principalSecret: string;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /** Adds the service's use cases to the per-request context. */
  readonly context: (base: RequestContext) => TContext;
  readonly readiness: Readonly<Record<string, ReadinessCheck>>;
  /** Closed in this order once HTTP has drained: relays, consumers, then stores. */
  readonly onShutdown?: readonly (() => Promise<unknown>)[];
  readonly introspection?: boolean;
}

export interface SubgraphServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * An Apollo subgraph on express with what every service needs: the gateway-signed principal,
 * correlation ids, error codes, per-request DataLoaders, `/health/live`, `/health/ready`,
 * `/metrics` and a graceful stop.
 */
export async function startSubgraphServer<TContext extends RequestContext>(options: SubgraphServerOptions<TContext>): Promise<SubgraphServer> {
  const { logger, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
    introspection: options.introspection ?? true,
    formatError: formatError(logger),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationMetrics(metrics.registry),
    ],
  });
  await apollo.start();

  app.use(observeHttp(metrics));
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  const ready = readinessHandler(options.readiness, logger);
  app.get('/health/ready', ready);
  app.get('/health', ready);
  serveMetrics(app, metrics);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      try {
        const body = (req.body ?? {}) as { query?: unknown; variables?: unknown };
        const operation = { query: typeof body.query === 'string' ? body.query : '', variables: (body.variables ?? null) as Record<string, unknown> | null };
        res.locals.principal = verifyPrincipal(req.headers, options.principalSecret, operation);
        next();
      } catch (error) {
        if (!isAppError(error)) throw error;
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      }
    },
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

  await new Promise<void>((resolve) => httpServer.listen(options.port, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);
  let stopping: Promise<void> | undefined;
  return { url, stop: () => (stopping ??= stopAll(apollo, httpServer, options.onShutdown ?? [], logger)) };
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

/** Stops the server on SIGTERM or SIGINT (Kubernetes, Ctrl-C), then exits. */
export function stopOnSignals(server: SubgraphServer, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
