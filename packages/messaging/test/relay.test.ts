import type { CloudEvent, EventPublisher } from '@bank/messaging';
import { eventually } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import { OutboxRelay, toCloudEvents, type OutboxRelayOptions, type OutboxStore, type PendingEvents } from '../src/outbox';

/** The relay's logic on its own: an in-memory store (real stores are tested in @bank/store-dynamodb). */
class MemoryOutboxStore implements OutboxStore {
  readonly outboxes = new Map<string, CloudEvent[]>();
  failReads = false;

  add(aggregateId: string, ...types: string[]): CloudEvent[] {
    const events = toCloudEvents(
      types.map((type) => ({ type, subject: aggregateId, data: {}, occurredAt: new Date() })),
      { source: '/test', correlationId: 'request-1' },
    );
    this.outboxes.set(aggregateId, [...(this.outboxes.get(aggregateId) ?? []), ...events]);
    return events;
  }

  async pending(limit: number): Promise<PendingEvents[]> {
    if (this.failReads) throw new Error('table unavailable');
    return [...this.outboxes].slice(0, limit).map(([aggregateId, events]) => ({ aggregateId, events: [...events] }));
  }

  async markPublished(aggregateId: string, eventIds: readonly string[]): Promise<void> {
    const left = (this.outboxes.get(aggregateId) ?? []).filter((event) => !eventIds.includes(event.id));
    if (left.length === 0) this.outboxes.delete(aggregateId);
    else this.outboxes.set(aggregateId, left);
  }
}

/** Records what it publishes; refuses the events it is told to, once each. */
class RecordingPublisher implements EventPublisher {
  readonly published: CloudEvent[] = [];
  readonly refuseOnce = new Set<string>();

  async publish(event: CloudEvent): Promise<void> {
    if (this.refuseOnce.delete(event.id)) throw new Error('broker refused');
    this.published.push(event);
  }
}

const logger = pino({ level: 'silent' });
let relays: OutboxRelay[] = [];

function relayOf(store: OutboxStore, publisher: EventPublisher, options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
  const relay = new OutboxRelay({ store, publisher, logger, pollIntervalMs: 3_600_000, ...options });
  relays.push(relay);
  return relay;
}

afterEach(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  relays = [];
});

const metric = async (registry: Registry, name: string, labels: Record<string, string> = {}) =>
  (await registry.getSingleMetric(name)?.get())?.values.find((value) => Object.entries(labels).every(([k, v]) => value.labels[k] === v))?.value;

describe('OutboxRelay', () => {
  it('stops an aggregate at its first failure, keeps its order, and relays the other aggregates meanwhile', async () => {
    const store = new MemoryOutboxStore();
    const publisher = new RecordingPublisher();
    const charge = store.add('charge-1', 'created', 'paid', 'settled');
    const other = store.add('charge-2', 'created');
    publisher.refuseOnce.add(charge[1]!.id);
    const registry = new Registry();
    const relay = relayOf(store, publisher, { registry });

    const total = await relay.drain();

    expect(total).toEqual({ aggregates: 3, relayed: 4, failures: 1 });
    expect(publisher.published.filter((event) => event.subject === 'charge-1')).toEqual(charge);
    expect(publisher.published.filter((event) => event.subject === 'charge-2')).toEqual(other);
    expect(store.outboxes.size).toBe(0);
    expect(await metric(registry, 'outbox_events_relayed_total')).toBe(4);
    expect(await metric(registry, 'outbox_relay_failures_total', { stage: 'publish' })).toBe(1);
  });

  it('publishes again what it could not mark, with the same ids', async () => {
    const store = new MemoryOutboxStore();
    const publisher = new RecordingPublisher();
    const events = store.add('charge-1', 'created');
    const markPublished = store.markPublished.bind(store);
    store.markPublished = () => Promise.reject(new Error('table unavailable'));
    const relay = relayOf(store, publisher);

    expect(await relay.drain()).toMatchObject({ relayed: 0, failures: 1 });
    store.markPublished = markPublished;
    await relay.drain();

    expect(publisher.published).toEqual([...events, ...events]);
    expect(store.outboxes.size).toBe(0);
  });

  it('reports the age of the oldest pending event', async () => {
    const store = new MemoryOutboxStore();
    store.outboxes.set('charge-1', [
      ...toCloudEvents([{ type: 'created', subject: 'charge-1', data: {}, occurredAt: new Date(Date.now() - 60_000) }], {
        source: '/test',
        correlationId: 'r',
      }),
    ]);
    const registry = new Registry();
    const publisher: EventPublisher = { publish: () => Promise.reject(new Error('broker down')) };

    await relayOf(store, publisher, { registry }).drain();

    expect(await metric(registry, 'outbox_pending_lag_seconds')).toBeGreaterThanOrEqual(60);
  });

  it('polls by itself once started, and keeps polling through failing reads', async () => {
    const store = new MemoryOutboxStore();
    const publisher = new RecordingPublisher();
    const registry = new Registry();
    store.failReads = true;
    const relay = relayOf(store, publisher, { registry, pollIntervalMs: 10, maxBackoffMs: 20 });

    relay.start();
    await eventually(async () => expect(await metric(registry, 'outbox_relay_failures_total', { stage: 'read' })).toBeGreaterThanOrEqual(2));
    store.failReads = false;
    const events = store.add('charge-1', 'created');

    await eventually(() => expect(publisher.published).toEqual(events));
  });

  it('runs a pass on wake() instead of waiting for the next poll', async () => {
    const store = new MemoryOutboxStore();
    const publisher = new RecordingPublisher();
    let reads = 0;
    const counting: OutboxStore = {
      pending: (limit) => (reads++, store.pending(limit)),
      markPublished: (aggregateId, eventIds) => store.markPublished(aggregateId, eventIds),
    };
    const relay = relayOf(counting, publisher); // polls hourly
    relay.start();
    await eventually(() => expect(reads).toBe(1)); // the first pass has read an empty outbox

    const events = store.add('charge-1', 'created');
    relay.wake();

    await eventually(() => expect(publisher.published).toEqual(events));
  });

  it('still reads the store at least once a poll interval while saves keep handing their outboxes over', async () => {
    const store = new MemoryOutboxStore();
    const publisher = new RecordingPublisher();
    const relay = relayOf(store, publisher, { pollIntervalMs: 20 });
    relay.start();
    let saves = 0;
    const saving = setInterval(() => {
      const aggregateId = `charge-${(saves += 1)}`;
      relay.wake({ aggregateId, events: store.add(aggregateId, 'created') });
    }, 2);
    try {
      await eventually(() => expect(publisher.published.length).toBeGreaterThan(10));
      // Pending in the store but never handed over: a save whose publish failed, or another replica's.
      const [stranded] = store.add('charge-stranded', 'created');
      await eventually(() => expect(publisher.published).toContainEqual(stranded), { timeoutMs: 2_000 });
    } finally {
      clearInterval(saving);
    }
  });

  it('waits, on stop, for the pass in flight to finish and mark what it published', async () => {
    const store = new MemoryOutboxStore();
    let confirm: () => void = () => undefined;
    const published: CloudEvent[] = [];
    const publisher: EventPublisher = {
      publish: (event) =>
        new Promise<void>((resolve) => {
          published.push(event);
          confirm = resolve;
        }),
    };
    store.add('charge-1', 'created');
    const relay = relayOf(store, publisher);
    relay.start();
    await eventually(() => expect(published).toHaveLength(1));

    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    confirm();
    await stopping;

    expect(store.outboxes.size).toBe(0);
  });
});

describe('toCloudEvents', () => {
  it('wraps each domain event with its own new id, its time, and the shared source and correlation id', () => {
    const occurredAt = new Date('2025-03-01T10:00:00.000Z');
    const events = toCloudEvents(
      [
        { type: 'pix.charge.created', subject: 'tx1', data: { amount: '10.00' }, occurredAt },
        { type: 'pix.charge.paid', subject: 'tx1', data: { amount: '10.00' }, occurredAt },
      ],
      { source: '/subgraphs/pix', correlationId: 'req-9' },
    );

    expect(events).toEqual([
      expect.objectContaining({
        specversion: '1.0',
        source: '/subgraphs/pix',
        type: 'pix.charge.created',
        subject: 'tx1',
        time: '2025-03-01T10:00:00.000Z',
        correlationid: 'req-9',
        data: { amount: '10.00' },
      }),
      expect.objectContaining({ type: 'pix.charge.paid', correlationid: 'req-9' }),
    ]);
    expect(new Set(events.map((event) => event.id)).size).toBe(2);
  });
});
