import { once } from 'node:events';
import amqp, { type AmqpConnectionManager, type ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { routingKeyOf, type CloudEvent, type EventPublisher } from './cloud-event';
import { messagingMetrics, type MessagingMetrics } from './metrics';
import { applyReconnectBackoff, defaultReconnectBackoff, type ReconnectBackoff } from './reconnect-backoff';
import { assertValidRetryPolicy, defaultRetryPolicy, delaysInUse } from './retry-policy';
import { Consumer, discard, retryThenDeadLetter, subscriptionHandle, type EventHandler, type FailurePolicy, type Subscription } from './subscription';
import { assertDurableTopology, assertEventExchange, assertExclusiveTopology, type QueueType } from './topology';
import { signatureHeaders, type EnvelopeTrust } from './envelope-trust';
import { encodeEvent } from './wire';

export interface EventBusOptions {
  /** amqp(s)://user:password@host:port/vhost */
  readonly url: string;
  /** The one durable topic exchange every domain event goes through, e.g. "bank.events". */
  readonly exchange: string;
  /** Shown in the broker's management UI, e.g. "pix-subgraph". */
  readonly connectionName: string;
  readonly logger: Logger;
  readonly registry: Registry;
  /** Which producers' signed events this bus accepts, and whose key it signs with. */
  readonly trust: EnvelopeTrust;
  /** Durable queues are deleted once unused this long: for throwaway environments (tests), never production. */
  readonly queueExpiresMs?: number;
  /** Type of every durable queue this bus declares. Default "quorum". */
  readonly queueType?: QueueType;
  /** A publish not confirmed within this time rejects (and is dropped from memory). Default 5 000. */
  readonly publishTimeoutMs?: number;
  /** `connect()` rejects when the first connection takes longer. Default 30 000. */
  readonly connectTimeoutMs?: number;
  readonly reconnectBackoff?: ReconnectBackoff;
  /** Default 5. */
  readonly heartbeatSeconds?: number;
}

interface SubscriptionCommon {
  /** Topic patterns on the routing key (the event type, then its requester if any: `routingKeyOf`): "pix.charge.paid.loans", "pix.#", "*.charge.*". */
  readonly bindings: readonly string[];
  /** Unacknowledged events delivered at once. Default 10. */
  readonly prefetch?: number;
  readonly handler: EventHandler;
}

/** A durable queue shared by every replica of a service: each event is handled once, retried, then dead-lettered. */
export interface DurableSubscriptionOptions extends SubscriptionCommon {
  readonly exclusive?: false;
  readonly queue: string;
  /** Default 5. */
  readonly maxAttempts?: number;
  /** Wait before each retry; the last value is reused. Default [1000, 5000, 30000]. */
  readonly retryDelaysMs?: readonly number[];
}

/** A server-named, exclusive, auto-delete queue per subscriber: every replica sees every event; failures are dropped. */
export interface ExclusiveSubscriptionOptions extends SubscriptionCommon {
  readonly exclusive: true;
  /** Names the subscription in metrics and logs (the queue name is chosen by the broker). */
  readonly name: string;
}

export type SubscriptionOptions = DurableSubscriptionOptions | ExclusiveSubscriptionOptions;

const DEFAULT_PREFETCH = 10;

/** One connection to RabbitMQ that reconnects by itself; publishes domain events and runs their consumers. */
export class EventBus {
  private readonly metrics: MessagingMetrics;
  private readonly subscriptions = new Set<Subscription>();
  private publishChannel: ChannelWrapper | undefined;
  private closed = false;

  private constructor(
    private readonly manager: AmqpConnectionManager,
    private readonly options: EventBusOptions,
  ) {
    this.metrics = messagingMetrics(options.registry);
  }

  static async connect(options: EventBusOptions): Promise<EventBus> {
    const { url, connectionName, logger, heartbeatSeconds = 5, connectTimeoutMs = 30_000, reconnectBackoff = defaultReconnectBackoff } = options;
    const manager = amqp.connect([{ url, connectionOptions: { clientProperties: { connection_name: connectionName } } }], {
      heartbeatIntervalInSeconds: heartbeatSeconds,
    });
    applyReconnectBackoff(manager, reconnectBackoff);
    manager.on('connect', () => logger.info({ connectionName }, 'connected to RabbitMQ'));
    manager.on('disconnect', ({ err }) => logger.warn({ connectionName, err }, 'disconnected from RabbitMQ; reconnecting'));
    manager.on('connectFailed', ({ err }) =>
      logger.warn({ connectionName, err, retryInMs: Math.round(manager.reconnectTimeInSeconds * 1000) }, 'could not connect to RabbitMQ'),
    );
    manager.on('blocked', ({ reason }) => logger.warn({ connectionName, reason }, 'RabbitMQ blocked publishing'));
    manager.on('unblocked', () => logger.info({ connectionName }, 'RabbitMQ unblocked publishing'));
    try {
      await manager.connect({ timeout: connectTimeoutMs });
    } catch (error) {
      await manager.close();
      throw new Error(`could not connect to RabbitMQ as ${connectionName}: ${(error as Error).message}`, { cause: error });
    }
    return new EventBus(manager, options);
  }

  /** Publishes on a confirm channel; while the broker is away, publishes wait until `publishTimeoutMs`, then reject. */
  publisher(): EventPublisher {
    return { publish: (event) => this.publish(event) };
  }

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    this.assertOpen();
    const { logger } = this.options;
    const { bindings, prefetch = DEFAULT_PREFETCH, handler } = options;
    if (bindings.length === 0) throw new RangeError('a subscription needs at least one binding');
    if (!Number.isInteger(prefetch) || prefetch < 1) throw new RangeError(`prefetch must be a positive integer, got ${prefetch}`);
    const { label, declare, failure } = this.subscriptionPlan(options);
    const trusted = { trust: this.options.trust, exchange: this.options.exchange };
    const consumer = new Consumer({ label, declare, prefetch, handler, failure, trusted, metrics: this.metrics, logger });
    const channel = this.createChannel(`subscription:${label}`, consumer.setup);
    try {
      await once(channel, 'connect');
    } catch (error) {
      await channel.close();
      throw new Error(`could not subscribe ${label}: ${(error as Error).message}`, { cause: error });
    }
    const subscription = subscriptionHandle(consumer, channel);
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** Whether the broker connection is up right now (readiness probes). */
  isConnected(): boolean {
    return !this.closed && this.manager.isConnected();
  }

  /** Lets consumers finish the events in hand, then closes the connection; pending publishes reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.close()));
    this.subscriptions.clear();
    await this.manager.close();
  }

  private async publish(event: CloudEvent): Promise<void> {
    this.assertOpen();
    const { content, options } = encodeEvent(event);
    const headers = signatureHeaders(this.options.trust, event, content);
    try {
      await this.ensurePublishChannel().publish(this.options.exchange, routingKeyOf(event), content, { ...options, headers });
    } catch (error) {
      throw new Error(`publishing ${event.type} ${event.id} was not confirmed: ${(error as Error).message}`, { cause: error });
    }
    this.metrics.published.inc({ type: event.type });
  }

  private ensurePublishChannel(): ChannelWrapper {
    this.publishChannel ??= this.createChannel('publisher', (channel) => assertEventExchange(channel, this.options.exchange));
    return this.publishChannel;
  }

  private createChannel(name: string, setup: (channel: ConfirmChannel) => Promise<void>): ChannelWrapper {
    const channel = this.manager.createChannel({ name, confirm: true, publishTimeout: this.options.publishTimeoutMs ?? 5_000, setup });
    // Without a listener an 'error' event would crash the process; setups run again on the next reconnect.
    channel.on('error', (err: Error) => this.options.logger.error({ channel: name, err }, 'RabbitMQ channel setup failed'));
    return channel;
  }

  private subscriptionPlan(options: SubscriptionOptions): { label: string; declare: (channel: ConfirmChannel) => Promise<string>; failure: FailurePolicy } {
    const { exchange, queueType = 'quorum', logger } = this.options;
    const { bindings } = options;
    if (options.exclusive === true) {
      return { label: options.name, declare: (channel) => assertExclusiveTopology(channel, { exchange, bindings }), failure: discard(options.name, logger) };
    }
    const { queue, maxAttempts = defaultRetryPolicy.maxAttempts, retryDelaysMs = defaultRetryPolicy.retryDelaysMs } = options;
    const policy = { maxAttempts, retryDelaysMs };
    assertValidRetryPolicy(policy);
    return {
      label: queue,
      declare: (channel) =>
        assertDurableTopology(channel, { exchange, queue, bindings, queueType, retryDelaysMs: delaysInUse(policy), expiresMs: this.options.queueExpiresMs }),
      failure: retryThenDeadLetter(queue, policy, logger),
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event bus is closed');
  }
}
