import { eventually, uniqueName } from '@bank/testing';
import type { Registry } from 'prom-client';
import {
  addressedTo,
  CLOUDEVENTS_CONTENT_TYPE,
  cloudEvent,
  whoeverAsked,
  deadLetterQueueName,
  defaultRetryPolicy,
  messageHeaders,
  type CloudEvent,
  type EventBus,
} from '../src';
import { BrokerAdmin, connectBus, gate, histogramCount, metricValue } from './support/broker';

const event = (type: string, data: unknown = { n: 1 }): CloudEvent => cloudEvent({ source: '/test/messaging', type, subject: uniqueName('subject'), data });

describe('EventBus against RabbitMQ', () => {
  let admin: BrokerAdmin;
  let bus: EventBus;
  let registry: Registry;
  let exchange: string;
  let cleanups: (() => Promise<void>)[];

  beforeAll(async () => {
    admin = await BrokerAdmin.connect();
  });
  afterAll(async () => {
    await admin.close();
  });
  beforeEach(async () => {
    ({ bus, registry, exchange } = await connectBus());
    cleanups = [];
  });
  afterEach(async () => {
    await bus.close();
    for (const cleanup of cleanups) await cleanup();
    await admin.deleteExchange(exchange);
  });

  const durableQueue = (retryDelaysMs = defaultRetryPolicy.retryDelaysMs): string => {
    const queue = uniqueName('test.consumer');
    cleanups.push(() => admin.deleteSubscription(queue, retryDelaysMs));
    return queue;
  };

  it('delivers the event with every envelope field, as structured JSON with the AMQP properties set', async () => {
    const tap = await admin.tapQueue(exchange, '#');
    const received: { event: CloudEvent; attempt: number }[] = [];
    await bus.subscribe({
      queue: durableQueue(),
      bindings: ['pix.charge.paid'],
      handler: async (delivered, { attempt }) => {
        received.push({ event: delivered, attempt });
      },
    });
    const published = cloudEvent({
      source: '/subgraphs/pix',
      type: 'pix.charge.paid',
      subject: 'txid-0001',
      data: { amount: '10.50', payer: { name: 'Ana', keys: ['a', 'b'] } },
      correlationId: 'request-42',
      time: new Date('2025-03-04T05:06:07.089Z'),
      id: uniqueName('event'),
    });

    await bus.publisher().publish(published);

    await eventually(() => expect(received).toEqual([{ event: published, attempt: 1 }]));
    expect(published).toEqual({
      specversion: '1.0',
      id: published.id,
      source: '/subgraphs/pix',
      type: 'pix.charge.paid',
      time: '2025-03-04T05:06:07.089Z',
      subject: 'txid-0001',
      datacontenttype: 'application/json',
      correlationid: 'request-42',
      data: { amount: '10.50', payer: { name: 'Ana', keys: ['a', 'b'] } },
    });
    const raw = await admin.get(tap);
    expect(JSON.parse(raw.content.toString('utf8'))).toEqual(published);
    expect(raw.fields.routingKey).toBe('pix.charge.paid');
    expect(raw.properties).toMatchObject({
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      messageId: published.id,
      deliveryMode: 2,
      type: 'pix.charge.paid',
      correlationId: 'request-42',
      timestamp: Date.parse('2025-03-04T05:06:07Z') / 1000,
    });
  });

  it("routes a request's outcome under its requester: only that requester's and every-requester bindings get it", async () => {
    const [forLoans, forInsurance, anyRequester, bareType] = await Promise.all([
      admin.tapQueue(exchange, addressedTo('loans', 'pix.charge.paid')[0]!),
      admin.tapQueue(exchange, addressedTo('insurance', 'pix.charge.paid')[0]!),
      admin.tapQueue(exchange, whoeverAsked('pix.charge.paid')[0]!),
      admin.tapQueue(exchange, 'pix.charge.paid'),
    ]);
    const outcome = cloudEvent({ source: '/test/messaging', type: 'pix.charge.paid', subject: 'txid-1', requester: 'loans', data: {} });

    await bus.publisher().publish(outcome);
    await bus.publisher().publish(event('pix.charge.paid'));

    expect((await admin.get(forLoans)).fields.routingKey).toBe('pix.charge.paid.loans');
    expect(await admin.readyCount(forLoans)).toBe(0);
    expect(await admin.readyCount(forInsurance)).toBe(0);
    expect(await admin.readyCount(anyRequester)).toBe(2);
    expect(await admin.readyCount(bareType)).toBe(1);
    expect(() => cloudEvent({ source: '/test/messaging', type: 'pix.charge.paid', subject: 's', requester: 'loans.x', data: {} })).toThrow(RangeError);
  });

  it('resolves publish once the broker has confirmed: the event is already in the bound queue', async () => {
    const tap = await admin.tapQueue(exchange, 'loans.#');

    await bus.publisher().publish(event('loans.contract.signed'));

    expect(await admin.readyCount(tap)).toBe(1);
    expect(await metricValue(registry, 'messaging_events_published_total', { type: 'loans.contract.signed' })).toBe(1);
  });

  it('routes each event only to the subscriptions whose binding pattern matches its type', async () => {
    const subscribe = async (bindings: string[]) => {
      const types: string[] = [];
      await bus.subscribe({
        queue: durableQueue(),
        bindings: [...bindings, 'test.sentinel'],
        prefetch: 1,
        handler: async ({ type }) => {
          types.push(type);
        },
      });
      return types;
    };
    const allPix = await subscribe(['pix.#']);
    const anyChargePaid = await subscribe(['*.charge.paid']);
    const loansOnly = await subscribe(['loans.contract.signed']);
    const publisher = bus.publisher();

    for (const type of ['pix.charge.paid', 'pix.key.registered', 'loans.contract.signed', 'insurance.policy.issued', 'test.sentinel']) {
      await publisher.publish(event(type));
    }

    // Each queue delivers in publish order, so once the sentinel is in, nothing else is on its way.
    await eventually(() => [allPix, anyChargePaid, loansOnly].forEach((types) => expect(types).toContain('test.sentinel')));
    expect(allPix).toEqual(['pix.charge.paid', 'pix.key.registered', 'test.sentinel']);
    expect(anyChargePaid).toEqual(['pix.charge.paid', 'test.sentinel']);
    expect(loansOnly).toEqual(['loans.contract.signed', 'test.sentinel']);
  });

  it('retries a failing handler through the delay queues, then parks the event in the dead-letter queue with the error', async () => {
    const retryDelaysMs = [100, 300];
    const queue = durableQueue(retryDelaysMs);
    const attempts: number[] = [];
    await bus.subscribe({
      queue,
      bindings: ['pix.charge.paid'],
      maxAttempts: 3,
      retryDelaysMs,
      handler: async (_event, { attempt }) => {
        attempts.push(attempt);
        throw new Error(`settlement unavailable (attempt ${attempt})`);
      },
    });
    const published = event('pix.charge.paid');

    await bus.publisher().publish(published);

    const parked = await eventually(() => admin.get(deadLetterQueueName(queue)));
    expect(attempts).toEqual([1, 2, 3]);
    expect(JSON.parse(parked.content.toString('utf8'))).toEqual(published);
    expect(parked.properties.messageId).toBe(published.id);
    const headers = parked.properties.headers ?? {};
    expect(headers).toMatchObject({
      [messageHeaders.deadLetterReason]: 'handler-failed',
      [messageHeaders.error]: 'settlement unavailable (attempt 3)',
      [messageHeaders.attempts]: 3,
      [messageHeaders.attempt]: 3,
    });
    expect(new Date(String(headers[messageHeaders.deadLetteredAt])).toISOString()).toBe(headers[messageHeaders.deadLetteredAt]);
    // The broker recorded each hop through a delay queue that expired the message back to the consumer.
    expect(headers['x-death']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ queue: `${queue}.retry.100ms`, reason: 'expired', count: 1 }),
        expect.objectContaining({ queue: `${queue}.retry.300ms`, reason: 'expired', count: 1 }),
      ]),
    );
    await eventually(async () => {
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue, type: 'pix.charge.paid', outcome: 'retry' })).toBe(2);
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue, type: 'pix.charge.paid', outcome: 'dead-letter' })).toBe(1);
    });
    expect(await admin.readyCount(queue)).toBe(0);
  });

  it('acknowledges an event whose handler succeeds on a retry, leaving the dead-letter queue empty', async () => {
    const retryDelaysMs = [100];
    const queue = durableQueue(retryDelaysMs);
    const attempts: number[] = [];
    await bus.subscribe({
      queue,
      bindings: ['pix.#'],
      retryDelaysMs,
      handler: async (_event, { attempt }) => {
        attempts.push(attempt);
        if (attempt === 1) throw new Error('transient');
      },
    });

    await bus.publisher().publish(event('pix.charge.paid'));

    await eventually(async () =>
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue, type: 'pix.charge.paid', outcome: 'ack' })).toBe(1),
    );
    expect(attempts).toEqual([1, 2]);
    expect(await admin.readyCount(deadLetterQueueName(queue))).toBe(0);
    expect(await histogramCount(registry, 'messaging_handler_duration_seconds', { queue, type: 'pix.charge.paid' })).toBe(2);
  });

  it('sends messages that are not CloudEvents straight to the dead-letter queue without calling the handler', async () => {
    const queue = durableQueue();
    const handled: CloudEvent[] = [];
    await bus.subscribe({
      queue,
      bindings: ['pix.#'],
      handler: async (delivered) => {
        handled.push(delivered);
      },
    });
    admin.channel.publish(exchange, 'pix.charge.paid', Buffer.from('not json at all'));
    admin.channel.publish(exchange, 'pix.charge.paid', Buffer.from(JSON.stringify({ specversion: '1.0', id: 'x' })));

    const first = await eventually(() => admin.get(deadLetterQueueName(queue)));
    const second = await eventually(() => admin.get(deadLetterQueueName(queue)));

    expect(first.content.toString('utf8')).toBe('not json at all');
    expect(first.properties.headers).toMatchObject({ [messageHeaders.deadLetterReason]: 'malformed', [messageHeaders.attempts]: 1 });
    expect(String(first.properties.headers?.[messageHeaders.error])).toMatch(/not JSON/);
    expect(second.properties.headers).toMatchObject({ [messageHeaders.deadLetterReason]: 'malformed' });
    expect(String(second.properties.headers?.[messageHeaders.error])).toMatch(/not a CloudEvent.*source/s);
    expect(handled).toEqual([]);
    await eventually(async () =>
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue, type: 'unknown', outcome: 'dead-letter' })).toBe(2),
    );
  });

  it('never holds more unacknowledged events than the prefetch', async () => {
    const queue = durableQueue();
    const release = gate();
    let inFlight = 0;
    let mostInFlight = 0;
    let handled = 0;
    await bus.subscribe({
      queue,
      bindings: ['loans.#'],
      prefetch: 2,
      handler: async () => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await release.opened;
        inFlight -= 1;
        handled += 1;
      },
    });
    const publisher = bus.publisher();
    for (let i = 0; i < 5; i++) await publisher.publish(event('loans.installment.paid'));

    try {
      await eventually(async () => {
        expect(inFlight).toBe(2);
        expect(await admin.readyCount(queue)).toBe(3);
      });
    } finally {
      release.open();
    }

    await eventually(() => expect(handled).toBe(5));
    expect(mostInFlight).toBe(2);
  });

  it('lets the events in hand finish and acknowledges them when a subscription closes', async () => {
    const queue = durableQueue();
    const release = gate();
    const started = gate();
    const subscription = await bus.subscribe({
      queue,
      bindings: ['pix.#'],
      handler: async () => {
        started.open();
        await release.opened;
      },
    });
    await bus.publisher().publish(event('pix.charge.paid'));
    await started.opened;

    const closing = subscription.close();
    await eventually(async () => expect(await admin.consumerCount(queue)).toBe(0)).finally(release.open);
    await closing;

    expect(await metricValue(registry, 'messaging_events_consumed_total', { queue, type: 'pix.charge.paid', outcome: 'ack' })).toBe(1);
    expect(await admin.readyCount(queue)).toBe(0);
  });

  it('gives every exclusive subscriber its own copy and drops the events its handler fails on', async () => {
    const replicaA: string[] = [];
    const replicaB: string[] = [];
    const subscribe = (name: string, seen: string[], fail: boolean) =>
      bus.subscribe({
        exclusive: true,
        name,
        bindings: ['pix.charge.*'],
        handler: async ({ id }) => {
          seen.push(id);
          if (fail) throw new Error('socket gone');
        },
      });
    await subscribe('gateway-a', replicaA, false);
    await subscribe('gateway-b', replicaB, true);
    const published = event('pix.charge.paid');

    await bus.publisher().publish(published);

    await eventually(async () => {
      expect(replicaA).toEqual([published.id]);
      expect(replicaB).toEqual([published.id]);
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue: 'gateway-a', outcome: 'ack' })).toBe(1);
      expect(await metricValue(registry, 'messaging_events_consumed_total', { queue: 'gateway-b', outcome: 'discarded' })).toBe(1);
    });
  });

  it('rejects publishing and subscribing once closed', async () => {
    await bus.close();

    await expect(bus.publisher().publish(event('pix.charge.paid'))).rejects.toThrow('the event bus is closed');
    await expect(bus.subscribe({ queue: 'unused', bindings: ['#'], handler: async () => undefined })).rejects.toThrow('the event bus is closed');
  });
});

describe('EventBus with quorum queues', () => {
  it('retries and dead-letters through quorum delay and dead-letter queues', async () => {
    const admin = await BrokerAdmin.connect();
    const { bus, exchange } = await connectBus({ queueType: 'quorum' });
    const retryDelaysMs = [100];
    const queue = uniqueName('test.quorum');
    try {
      const attempts: number[] = [];
      await bus.subscribe({
        queue,
        bindings: ['insurance.#'],
        maxAttempts: 2,
        retryDelaysMs,
        handler: async (_event, { attempt }) => {
          attempts.push(attempt);
          throw new Error('quote service down');
        },
      });

      await bus.publisher().publish(event('insurance.policy.issued'));

      const parked = await eventually(() => admin.get(deadLetterQueueName(queue)));
      expect(attempts).toEqual([1, 2]);
      expect(parked.properties.headers).toMatchObject({ [messageHeaders.error]: 'quote service down', [messageHeaders.attempts]: 2 });
    } finally {
      await bus.close();
      await admin.deleteSubscription(queue, retryDelaysMs);
      await admin.deleteExchange(exchange);
      await admin.close();
    }
  });
});
