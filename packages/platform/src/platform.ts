import { createRedis, ReadThroughCache, type ReadThroughCacheOptions } from './cache';
import { accepted, applying, type EventConsumer } from './consumer';
import type { ConfigOf, platformEnv, servicePort } from './config';
import { startPeriodicJob, type PeriodicJob, type PeriodicJobOptions } from './periodic-job';
import { oncePerEvent, type ProcessedEventStore, EventBus, type Subscription, OutboxRelay, type OutboxStore } from '@bank/messaging';
import { createLogger, createMetrics, withCorrelationId, type Logger, type ServiceMetrics } from '@bank/observability';
import {
  redisNonceStore,
  startSubgraphServer,
  subgraphTypeDefs,
  type ReadinessCheck,
  type RequestContext,
  type SubgraphServer,
  type SubgraphServerOptions,
} from '@bank/graphql';
import type { Clock } from '@bank/kernel';
import type { Redis } from 'ioredis';
import type { DestinationStream } from 'pino';

export type PlatformConfig = ConfigOf<typeof platformEnv>;
/** Where a subgraph listens: `PORT` and `METRICS_PORT` of its configuration. */
export type ServicePorts = ConfigOf<ReturnType<typeof servicePort>>;

/** What every service starts with, connected and ready. */
export interface Platform {
  readonly service: string;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  readonly redis: Redis;
  readonly bus: EventBus;
  /** Starts relaying the store's pending events; stopped by `close`. */
  startRelay(store: OutboxStore, options?: { pollIntervalMs?: number }): OutboxRelay;
  /**
   * A durable consumer that validates each event by its schema (dead-lettering what does not match) and applies it
   * once, deduplicated by event id, under the event's correlation id.
   */
  consume(options: ConsumerOptions): Promise<Subscription>;
  /** A periodic job logging to the service's log; stopped first by `close`. */
  startJob(options: Omit<PeriodicJobOptions, 'logger'>): PeriodicJob;
  /** A read-through cache on the service's Redis, counted on its registry. */
  cache<T>(options: Pick<ReadThroughCacheOptions<T>, 'name' | 'ttlSeconds' | 'codec'>): ReadThroughCache<T>;
  /**
   * The service's subgraph server on `ports`, with what every service shares: the gateway's principal secret and
   * the nonce store, logs and metrics (on METRICS_PORT), the bind address, and on stop: the platform
   * (its jobs first), then `closeStores`. Readiness is the service's stores only: the outbox rides out a
   * broker outage, so RabbitMQ being away must not take the service out of rotation. The use cases reach
   * the resolvers in each request's context, and the caller (main, tests) in what it answers.
   */
  serveSubgraph<UseCases extends object>(ports: ServicePorts, options: SubgraphOptions<UseCases>): Promise<RunningSubgraph & UseCases>;
  /** Stops the jobs, relays and consumers, then closes the bus and Redis. */
  close(): Promise<void>;
}

/** What every service's tests may replace: time. A service adds its own knobs. */
export interface ServiceOverrides {
  readonly clock?: Clock;
  /** Where the service's log lines go instead of stdout (a test reading every line it wrote). */
  readonly logDestination?: DestinationStream;
}

/** What a service's composition root returns: its server, its logger, and how to stop it (tests and main). */
export interface RunningSubgraph {
  readonly server: SubgraphServer;
  readonly logger: Logger;
  stop(): Promise<void>;
}

export interface SubgraphOptions<UseCases extends object> {
  /** The subgraph's SDL file, read after the shared base (`subgraphTypeDefs`). */
  readonly schemaPath: string;
  readonly resolvers: SubgraphServerOptions<RequestContext & UseCases>['resolvers'];
  /** What the resolvers find in the context beside the request's own (`{ pix }`). */
  readonly useCases: UseCases;
  /** The service's own stores. */
  readonly readiness: Readonly<Record<string, ReadinessCheck>>;
  /** Store connections to close last. */
  readonly closeStores?: readonly (() => Promise<unknown>)[];
}

export interface ConsumerOptions extends EventConsumer {
  /** Where the consumer records the events it has handled. */
  readonly processed: ProcessedEventStore;
}

export async function startPlatform(
  service: string,
  config: PlatformConfig,
  { logDestination }: Pick<ServiceOverrides, 'logDestination'> = {},
): Promise<Platform> {
  const logger = createLogger({ service, level: config.LOG_LEVEL, ...(logDestination === undefined ? {} : { destination: logDestination }) });
  const metrics = createMetrics({ service });
  const redis = createRedis(config.REDIS_URL, { logger });
  const bus = await EventBus.connect({
    url: config.RABBITMQ_URL,
    exchange: config.EVENTS_EXCHANGE,
    connectionName: service,
    logger,
    registry: metrics.registry,
    trust: { kind: 'signed', ...(service in config.EVENTS_HMAC_KEYS ? { producer: service } : {}), keys: config.EVENTS_HMAC_KEYS },
    queueType: config.NODE_ENV === 'production' ? 'quorum' : 'classic',
    // Every test run declares queues on an exchange of its own: let RabbitMQ drop them afterwards.
    ...(config.NODE_ENV === 'test' ? { queueExpiresMs: 10 * 60_000 } : {}),
  });
  const jobs: PeriodicJob[] = [];
  const relays: OutboxRelay[] = [];
  const subscriptions: Subscription[] = [];

  const close = async (): Promise<void> => {
    await Promise.all(jobs.map((job) => job.stop()));
    await Promise.all(relays.map((relay) => relay.stop()));
    await Promise.all(subscriptions.map((subscription) => subscription.close()));
    await bus.close();
    redis.disconnect();
  };

  return {
    service,
    logger,
    metrics,
    redis,
    bus,
    startRelay(store, { pollIntervalMs = 200 } = {}) {
      const relay = new OutboxRelay({ store, publisher: bus.publisher(), logger, registry: metrics.registry, pollIntervalMs });
      relay.start();
      relays.push(relay);
      return relay;
    },
    async consume({ name, bindings, processed, schema, handle, prefetch, retryDelaysMs }) {
      const consumer = `${service}.${name}`;
      const once = oncePerEvent(processed, consumer, applying(consumer, handle, logger));
      const subscription = await bus.subscribe({
        queue: `${config.EVENTS_EXCHANGE}.${consumer}`,
        bindings,
        ...(prefetch === undefined ? {} : { prefetch }),
        ...(retryDelaysMs === undefined ? {} : { retryDelaysMs }),
        handler: (event) => withCorrelationId(event.correlationid, () => once(accepted(consumer, schema, event))),
      });
      subscriptions.push(subscription);
      return subscription;
    },
    startJob(options) {
      const job = startPeriodicJob({ ...options, logger });
      jobs.push(job);
      return job;
    },
    cache: (options) => new ReadThroughCache({ ...options, redis, registry: metrics.registry, logger }),
    async serveSubgraph(ports, options) {
      const server = await startSubgraphServer({
        name: service,
        host: config.HOST,
        port: ports.PORT,
        metricsPort: ports.METRICS_PORT,
        typeDefs: subgraphTypeDefs(options.schemaPath),
        resolvers: options.resolvers,
        principalSecret: config.PRINCIPAL_HMAC_SECRET,
        nonces: redisNonceStore(redis, { logger }),
        logger,
        metrics,
        context: (base) => ({ ...base, ...options.useCases }),
        readiness: options.readiness,
        drainMs: config.SHUTDOWN_DRAIN_MS ?? 0,
        onShutdown: [close, ...(options.closeStores ?? [])],
        introspection: config.NODE_ENV !== 'production',
        hideSchemaDetails: config.NODE_ENV === 'production',
      });
      return { ...options.useCases, server, logger, stop: () => server.stop() };
    },
    close,
  };
}
