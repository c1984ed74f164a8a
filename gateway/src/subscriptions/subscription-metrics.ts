import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { PaymentEvent } from './payment-events';

/** Active subscriptions, messages delivered or dropped, and latency from the event's time to its delivery. */
export class SubscriptionMetrics {
  private readonly active: Gauge;
  private readonly messages: Counter<'type'>;
  private readonly droppedMessages: Counter<'type'>;
  private readonly latency: Histogram<'type'>;

  constructor(registry: Registry) {
    this.active = new Gauge({ name: 'gateway_subscriptions_active', help: 'Subscriptions open on this replica', registers: [registry] });
    this.messages = new Counter({
      name: 'gateway_subscription_messages_total',
      help: 'Subscription messages delivered, by event type',
      labelNames: ['type'] as const,
      registers: [registry],
    });
    this.droppedMessages = new Counter({
      name: 'gateway_subscription_messages_dropped_total',
      help: 'Events a subscription lost because it had fallen too far behind (its oldest undelivered ones), by event type',
      labelNames: ['type'] as const,
      registers: [registry],
    });
    this.latency = new Histogram({
      name: 'gateway_subscription_delivery_latency_seconds',
      help: 'From the event time to the delivery of its message',
      labelNames: ['type'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Counts the stream as active until it is returned (completed, or its socket closed). */
  track<T>(stream: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    this.active.inc();
    let open = true;
    const close = () => {
      if (open) this.active.dec();
      open = false;
    };
    const original = stream.return?.bind(stream);
    stream.return = (value?: unknown) => {
      close();
      return original ? original(value) : Promise.resolve({ value: undefined, done: true });
    };
    return stream;
  }

  /** An event a subscription lost, having fallen too far behind. */
  dropped(event: PaymentEvent): void {
    this.droppedMessages.inc({ type: event.type });
  }

  delivered(event: PaymentEvent): void {
    this.messages.inc({ type: event.type });
    this.latency.observe({ type: event.type }, Math.max(0, Date.now() - Date.parse(event.time)) / 1000);
  }
}
