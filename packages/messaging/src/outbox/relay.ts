import type { CloudEvent, EventPublisher } from '@bank/messaging';
import { inMessageSpan } from '@bank/observability';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { OutboxStore, PendingEvents } from './ports';
import { RelayMetrics } from './relay-metrics';
import { eventSpanAttributes } from '../event-span';

export interface OutboxRelayOptions {
  readonly store: OutboxStore;
  readonly publisher: EventPublisher;
  readonly logger: Logger;
  readonly registry?: Registry;
  /** Pause between passes that find nothing more to do. 1 s by default. */
  readonly pollIntervalMs?: number;
  /** Aggregates read per pass. 50 by default. */
  readonly batchSize?: number;
  /** Longest pause after passes that relayed nothing and failed (it doubles from pollIntervalMs). 30 s by default. */
  readonly maxBackoffMs?: number;
}

/** What passes did: aggregates found pending, events relayed (confirmed by the broker, then removed from the store), operations that failed. */
export interface RelayPass {
  readonly aggregates: number;
  readonly relayed: number;
  readonly failures: number;
}

/** Published event ids remembered (see OutboxRelay.published): far more than a pass publishes. */
const REMEMBERED_PUBLISHED = 10_000;

const noPass: RelayPass = { aggregates: 0, relayed: 0, failures: 0 };

const sum = (a: RelayPass, b: RelayPass): RelayPass => ({
  aggregates: a.aggregates + b.aggregates,
  relayed: a.relayed + b.relayed,
  failures: a.failures + b.failures,
});

/**
 * Publishes the events the outbox store holds, then removes them from it. At least once: an event
 * published but not yet marked is published again after a crash, with the same id, so consumers dedupe.
 * Each aggregate's events go out in order; the first failure stops that aggregate until the next pass.
 * What the relay keeps in memory (outboxes saves handed over, ids it just published) only saves store
 * reads: a restarted relay carries on from the store.
 */
export class OutboxRelay {
  private readonly store: OutboxStore;
  private readonly publisher: EventPublisher;
  private readonly logger: Logger;
  private readonly metrics: RelayMetrics;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxBackoffMs: number;

  private running = false;
  private timer: NodeJS.Timeout | undefined;
  /** The pass in flight: passes never overlap, whether the loop or drain() started them. */
  private current: Promise<RelayPass> | undefined;
  private wakeRequested = false;
  /** Outboxes handed over by saves, by aggregate (the latest wins): the next pass relays them without asking the store. */
  private readonly saved = new Map<string, readonly CloudEvent[]>();
  /**
   * Ids of the events this relay published last: an outbox handed over while a pass was publishing the same
   * events (read from the store, or handed over by an earlier save) would otherwise send them twice.
   */
  private readonly published = new Set<string>();
  /** From then on a pass reads the store even with outboxes handed over, so what only the store holds waits at most a poll interval. */
  private storeReadDueAt = 0;
  private consecutiveFailedPasses = 0;

  constructor({ store, publisher, logger, registry, pollIntervalMs = 1_000, batchSize = 50, maxBackoffMs = 30_000 }: OutboxRelayOptions) {
    this.store = store;
    this.publisher = publisher;
    this.logger = logger;
    this.metrics = new RelayMetrics(registry);
    this.pollIntervalMs = pollIntervalMs;
    this.batchSize = batchSize;
    this.maxBackoffMs = maxBackoffMs;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and resolves once the pass in flight, if any, has finished. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /**
   * Asks for a pass soon, e.g. right after a save; ignored while stopped or backing off after failures.
   * A save that knows the aggregate's whole outbox as it wrote it (older pending events included, in order)
   * hands it over: the pass then publishes it without finding and reading it in the store first.
   */
  wake(saved?: PendingEvents): void {
    if (!this.running || this.consecutiveFailedPasses > 0) return;
    if (saved !== undefined && saved.events.length > 0) this.saved.set(saved.aggregateId, saved.events);
    if (this.current !== undefined) this.wakeRequested = true;
    else this.schedule(0);
  }

  /** Runs passes until one relays nothing: everything pending now that can be relayed is. */
  async drain(): Promise<RelayPass> {
    let total = noPass;
    for (;;) {
      const pass = await this.pass();
      total = sum(total, pass);
      if (pass.relayed === 0) return total;
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const pass = await this.pass();
    if (this.running) this.schedule(this.delayAfter(pass));
  }

  private delayAfter(pass: RelayPass): number {
    const woken = this.wakeRequested;
    this.wakeRequested = false;
    // Back off only when nothing got through (broker or table down); one failing aggregate must not slow the rest.
    if (pass.failures > 0 && pass.relayed === 0) {
      this.consecutiveFailedPasses++;
      return Math.min(this.pollIntervalMs * 2 ** this.consecutiveFailedPasses, this.maxBackoffMs);
    }
    this.consecutiveFailedPasses = 0;
    const more = pass.aggregates >= this.batchSize;
    return more || woken || this.saved.size > 0 ? 0 : this.pollIntervalMs;
  }

  private pass(): Promise<RelayPass> {
    const next = (this.current ?? Promise.resolve(noPass)).then(() => this.relayBatch());
    this.current = next;
    void next.then(() => {
      if (this.current === next) this.current = undefined;
    });
    return next;
  }

  /** Never rejects: every failure is logged, counted and retried by a later pass. */
  private async relayBatch(): Promise<RelayPass> {
    let batch: PendingEvents[];
    try {
      batch = this.saved.size > 0 && Date.now() < this.storeReadDueAt ? this.handedOver() : await this.readStore();
    } catch (error) {
      this.logger.error({ err: error }, 'Outbox: reading pending events failed');
      this.metrics.failed('read');
      return { ...noPass, failures: 1 };
    }
    this.metrics.pendingFound(
      batch.flatMap(({ events }) => events),
      Date.now(),
    );
    const passes = await Promise.all(batch.map((pending) => this.relayAggregate(pending)));
    return passes.reduce(sum, { ...noPass, aggregates: batch.length });
  }

  private readStore(): Promise<PendingEvents[]> {
    this.storeReadDueAt = Date.now() + this.pollIntervalMs;
    return this.store.pending(this.batchSize);
  }

  /** The outboxes saves handed over, now owned by this pass, less what this relay has published already. */
  private handedOver(): PendingEvents[] {
    const batch = [...this.saved].map(([aggregateId, events]) => ({ aggregateId, events: events.filter(({ id }) => !this.published.has(id)) }));
    this.saved.clear();
    return batch.filter(({ events }) => events.length > 0);
  }

  private remember(eventId: string): void {
    this.published.add(eventId);
    // Oldest first out: a Set iterates in insertion order.
    if (this.published.size > REMEMBERED_PUBLISHED) this.published.delete(this.published.values().next().value as string);
  }

  private async relayAggregate({ aggregateId, events }: PendingEvents): Promise<RelayPass> {
    const published: string[] = [];
    let failures = 0;
    for (const event of events) {
      try {
        // A span of the trace the event carries: the request that emitted it continues through the relay.
        await inMessageSpan(
          { name: `outbox relay publish ${event.type}`, kind: 'producer', carried: event, attributes: eventSpanAttributes(event, event.type) },
          () => this.publisher.publish(event),
        );
      } catch (error) {
        this.logger.warn({ err: error, aggregateId, eventId: event.id, eventType: event.type }, 'Outbox: publishing failed; retrying later');
        this.metrics.failed('publish');
        failures++;
        break;
      }
      published.push(event.id);
      this.remember(event.id);
      this.metrics.eventRelayed();
    }
    if (published.length === 0) return { ...noPass, failures };
    try {
      await this.store.markPublished(aggregateId, published, events);
    } catch (error) {
      this.logger.error({ err: error, aggregateId, eventIds: published }, 'Outbox: marking events published failed; they will be published again');
      this.metrics.failed('mark');
      return { ...noPass, failures: failures + 1 };
    }
    return { aggregates: 0, relayed: published.length, failures };
  }
}
