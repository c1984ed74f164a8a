import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CloudEvent, type EventPublisher, OutboxRelay } from '@bank/messaging';
import { eventually, testEndpoints, uniqueName } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import { DynamoDbOutboxStore } from '../src';
import { TestBroker } from './support/broker';
import { changeStatus, chargeEvents, chargeKey, createCharge, readCharge } from './support/charges';
import { createTestTable, type TestTable } from './support/table';

const logger = pino({ level: 'silent' });

let broker: TestBroker;
let table: TestTable;
let relays: OutboxRelay[];

beforeAll(async () => {
  broker = await TestBroker.connect();
});
afterAll(() => broker.close());

/** A table per test: the relay publishes every pending item of its table. */
beforeEach(async () => {
  table = await createTestTable('outbox-relay');
  relays = [];
});
afterEach(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  await table.drop();
});

function relayTo(publisher: EventPublisher, options: { registry?: Registry; pollIntervalMs?: number } = {}): OutboxRelay {
  const store = new DynamoDbOutboxStore({ client: table.client, tableName: table.tableName });
  const relay = new OutboxRelay({ store, publisher, logger, pollIntervalMs: 1_000, batchSize: 10, ...options });
  relays.push(relay);
  return relay;
}

const eventsAbout = (received: readonly CloudEvent[], subject: string) => received.filter((event) => event.subject === subject);

describe('OutboxRelay with the DynamoDB outbox and RabbitMQ', () => {
  it('publishes state changes and their events in order, per aggregate, and leaves the items without pending events', async () => {
    const exchange = uniqueName('relay-order');
    const received = await broker.listen(exchange);
    const [first, second] = [randomUUID(), randomUUID()];
    const firstEvents = [...chargeEvents(first, 'created'), ...chargeEvents(first, 'paid', 'settled')];
    const secondEvents = chargeEvents(second, 'created', 'removed');
    await createCharge(table, first, firstEvents.slice(0, 1));
    await changeStatus(table, first, 'COMPLETED', firstEvents.slice(1));
    await createCharge(table, second, secondEvents);
    const registry = new Registry();

    const pass = await relayTo(broker.publisher(exchange), { registry }).drain();

    expect(pass).toMatchObject({ relayed: 5, failures: 0 });
    await eventually(() => expect(received).toHaveLength(5));
    expect(eventsAbout(received, first)).toEqual(firstEvents);
    expect(eventsAbout(received, second)).toEqual(secondEvents);
    expect(await readCharge(table, first)).toEqual({ ...chargeKey(first), status: 'COMPLETED' });
    expect(await readCharge(table, second)).toEqual({ ...chargeKey(second), status: 'ACTIVE' });
    expect((await registry.getSingleMetric('outbox_events_relayed_total')?.get())?.values[0]?.value).toBe(5);
  });

  it('publishes the outbox a save hands over at once, with one write to the store and no query or read', async () => {
    const exchange = uniqueName('relay-handed-over');
    const received = await broker.listen(exchange);
    const relay = relayTo(broker.publisher(exchange), { pollIntervalMs: 60_000 });
    relay.start();
    await relay.drain();
    const id = randomUUID();
    const events = chargeEvents(id, 'created', 'paid');
    await createCharge(table, id, events);
    const send = jest.spyOn(table.client, 'send');
    let commands: string[];
    try {
      relay.wake({ aggregateId: JSON.stringify([chargeKey(id).pk, chargeKey(id).sk]), events });
      await eventually(() => expect(eventsAbout(received, id)).toEqual(events));
      await eventually(() => expect(send).toHaveBeenCalled()); // the mark, right after the publish
      commands = send.mock.calls.map(([command]) => command.constructor.name);
    } finally {
      send.mockRestore();
    }
    expect(commands).toEqual(['UpdateCommand']);
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' });
  });

  it('publishes an event once when its save hands it over while a pass is publishing it from the store', async () => {
    const exchange = uniqueName('relay-handed-over-twice');
    const received = await broker.listen(exchange);
    const id = randomUUID();
    const events = chargeEvents(id, 'created');
    await createCharge(table, id, events);
    const publisher = broker.publisher(exchange);
    const handingOverWhilePublishing: EventPublisher = {
      async publish(event) {
        relay.wake({ aggregateId: JSON.stringify([chargeKey(id).pk, chargeKey(id).sk]), events });
        await publisher.publish(event);
      },
    };
    const relay = relayTo(handingOverWhilePublishing, { pollIntervalMs: 60_000 });
    relay.start();

    await eventually(async () => expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' }));
    await relay.drain();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(eventsAbout(received, id)).toEqual(events);
  });

  it('keeps an event appended between its read and the mark, and publishes it on the next pass', async () => {
    const exchange = uniqueName('relay-append');
    const received = await broker.listen(exchange);
    const id = randomUUID();
    const created = chargeEvents(id, 'created');
    const paid = chargeEvents(id, 'paid');
    await createCharge(table, id, created);
    const publisher = broker.publisher(exchange);
    let appended = false;
    const appendingWhilePublishing: EventPublisher = {
      async publish(event) {
        await publisher.publish(event);
        if (!appended) await changeStatus(table, id, 'COMPLETED', paid);
        appended = true;
      },
    };

    const pass = await relayTo(appendingWhilePublishing).drain();

    expect(pass).toMatchObject({ relayed: 2, failures: 0 });
    await eventually(() => expect(received).toEqual([...created, ...paid]));
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'COMPLETED' });
  });

  it('publishes the events of a process killed between its write and any publish, from a fresh relay', async () => {
    const exchange = uniqueName('relay-crash');
    const received = await broker.listen(exchange);
    const id = randomUUID();
    const script = join(__dirname, 'support', 'save-and-die.ts');
    const child = spawn(process.execPath, ['--conditions=development', '--import', pathToFileURL(require.resolve('tsx')).href, script], {
      env: { ...process.env, TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: testEndpoints.dynamodbEndpoint, CHARGE_ID: id },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGKILL');
    const saved = await readCharge(table, id);
    expect(saved).toMatchObject({ status: 'COMPLETED', outboxPending: 'PENDING' });

    await relayTo(broker.publisher(exchange)).drain();

    await eventually(() => expect(received).toEqual(saved?.outbox));
    expect(received.map((event) => event.type)).toEqual(['pix.charge.created', 'pix.charge.paid']);
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'COMPLETED' });
  });

  it('marks nothing while the broker refuses the events, and publishes them once it accepts', async () => {
    const exchange = uniqueName('relay-refused'); // not declared yet: the broker refuses every publish
    const id = randomUUID();
    const events = chargeEvents(id, 'created', 'paid');
    await createCharge(table, id, events);
    const relay = relayTo(broker.publisher(exchange));

    const refused = await relay.drain();

    expect(refused).toMatchObject({ relayed: 0, failures: 1 });
    expect(await readCharge(table, id)).toMatchObject({ outbox: events, outboxPending: 'PENDING' });

    const received = await broker.listen(exchange);
    await relay.drain();

    await eventually(() => expect(received).toEqual(events));
    expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' });
  });

  it('keeps polling through failures while started, and catches up by itself', async () => {
    const exchange = uniqueName('relay-recovers');
    const id = randomUUID();
    const events = chargeEvents(id, 'created', 'paid', 'settled');
    await createCharge(table, id, events);
    const registry = new Registry();
    const relay = relayTo(broker.publisher(exchange), { registry, pollIntervalMs: 20 });

    relay.start();
    await eventually(async () => expect((await registry.getSingleMetric('outbox_relay_failures_total')?.get())?.values[0]?.value).toBeGreaterThan(0));
    const received = await broker.listen(exchange);

    await eventually(() => expect(received).toEqual(events));
    await eventually(async () => expect(await readCharge(table, id)).toEqual({ ...chargeKey(id), status: 'ACTIVE' }));
  });
});
