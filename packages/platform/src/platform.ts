import { createRedis } from '@bank/cache';
import type { ConfigOf, platformEnv } from '@bank/config';
import { oncePerEvent, type ProcessedEventStore } from '@bank/idempotency';
import { EventBus, type CloudEvent, type Subscription } from '@bank/messaging';
import { createLogger, createMetrics, withCorrelationId, type Logger, type ServiceMetrics } from '@bank/observability';
import { OutboxRelay, type OutboxStore } from '@bank/outbox';
import type { Redis } from 'ioredis';

export type PlatformConfig = ConfigOf<typeof platformEnv>;

/** What every service starts with, connected and ready. */
export interface Platform {
  readonly service: string;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  readonly redis: Redis;
  readonly bus: EventBus;
  /** Starts relaying the store's pending events; stopped by `close`. */
  startRelay(store: OutboxStore, options?: { pollIntervalMs?: number }): OutboxRelay;
  /** A durable consumer whose handler applies each event at most once, under the event's correlation id. */
  consume(options: ConsumerOptions): Promise<Subscription>;
  /** Stops relays and consumers, then closes the bus and Redis. */
  close(): Promise<void>;
}

export interface ConsumerOptions {
  /** Names the consumer (`<service>.<name>`) and its queue (`<exchange>.<service>.<name>`, so environments sharing a broker stay apart). */
  readonly name: string;
  readonly bindings: readonly string[];
  readonly processed: ProcessedEventStore;
  readonly handler: (event: CloudEvent) => Promise<void>;
  readonly prefetch?: number;
  readonly retryDelaysMs?: readonly number[];
}

export async function startPlatform(service: string, config: PlatformConfig): Promise<Platform> {
  const logger = createLogger({ service, level: config.LOG_LEVEL });
  const metrics = createMetrics({ service });
  const redis = createRedis(config.REDIS_URL, { logger });
  const bus = await EventBus.connect({
    url: config.RABBITMQ_URL,
    exchange: config.EVENTS_EXCHANGE,
    connectionName: service,
    logger,
    registry: metrics.registry,
    queueType: config.NODE_ENV === 'production' ? 'quorum' : 'classic',
  });
  const relays: OutboxRelay[] = [];
  const subscriptions: Subscription[] = [];

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
    async consume({ name, bindings, processed, handler, prefetch, retryDelaysMs }) {
      const consumer = `${service}.${name}`;
      const once = oncePerEvent(processed, consumer, handler);
      const subscription = await bus.subscribe({
        queue: `${config.EVENTS_EXCHANGE}.${consumer}`,
        bindings,
        ...(prefetch === undefined ? {} : { prefetch }),
        ...(retryDelaysMs === undefined ? {} : { retryDelaysMs }),
        handler: (event) => withCorrelationId(event.correlationid, () => once(event)),
      });
      subscriptions.push(subscription);
      return subscription;
    },
    async close() {
      await Promise.all(relays.map((relay) => relay.stop()));
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
      await bus.close();
      redis.disconnect();
    },
  };
}
