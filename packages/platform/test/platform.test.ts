import { mkdtempSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubgraphServer } from '@bank/graphql';
import { conflict, StaleVersionError } from '@bank/kernel';
import { deadLetterQueueName, messageHeaders } from '@bank/messaging';
import { currentCorrelationId } from '@bank/observability';
import { eventually, testEndpoints, uniqueName } from '@bank/testing';
import amqp from 'amqplib';
import { z } from 'zod';
import { startPlatform, type Platform } from '../src';
import { aggregateTable } from './support';

describe('a service platform against the real services', () => {
  let table: Awaited<ReturnType<typeof aggregateTable>>;
  let platform: Platform;
  beforeAll(async () => {
    table = await aggregateTable();
    platform = await startPlatform('orders', table.config);
    platform.startRelay(table.outbox, { pollIntervalMs: 50 });
  });
  afterAll(async () => {
    await platform.close();
    await table.drop();
  });

  it('relays committed events to consumers, which apply each once under its correlation id', async () => {
    const applied: { id: string; correlationId: string | undefined }[] = [];
    await platform.consume({
      name: 'billing',
      bindings: ['orders.order.*'],
      processed: table.processed,
      schema: z.object({ id: z.string() }),
      handle: async (_data, event) => void applied.push({ id: event.id, correlationId: currentCorrelationId() }),
    });
    await table.write('o-1', ['orders.order.placed', 'orders.order.paid']);
    await eventually(() => expect(applied).toHaveLength(2));
    expect(applied.every(({ id, correlationId }) => correlationId === id)).toBe(true);
  });

  it('hands the handler the data as its schema parsed it', async () => {
    const seen: unknown[] = [];
    await platform.consume({
      name: 'parsed',
      bindings: ['orders.parsed.*'],
      processed: table.processed,
      schema: z.object({ id: z.string().transform((id) => id.toUpperCase()) }),
      handle: async (data) => void seen.push(data),
    });
    await table.write('o-2', ['orders.parsed.placed']);
    await eventually(() => expect(seen).toEqual([{ id: 'O-2' }]));
  });

  it('dead-letters at once, unhandled, an event whose data does not match the consumer schema', async () => {
    const name = uniqueName('strict');
    const handled: unknown[] = [];
    await platform.consume({
      name,
      bindings: ['orders.strict.*'],
      processed: table.processed,
      schema: z.object({ amount: z.string() }),
      handle: async (data) => void handled.push(data),
    });
    await table.write('o-3', ['orders.strict.placed']);
    const connection = await amqp.connect(testEndpoints.rabbitmqUrl);
    try {
      const channel = await connection.createChannel();
      const parked = await eventually(async () => {
        const message = await channel.get(deadLetterQueueName(`${table.config.EVENTS_EXCHANGE}.orders.${name}`), { noAck: true });
        if (message === false) throw new Error('nothing dead-lettered yet');
        return message;
      });
      expect(parked.properties.headers).toMatchObject({ [messageHeaders.deadLetterReason]: 'malformed', [messageHeaders.attempts]: 1 });
      expect(String(parked.properties.headers?.[messageHeaders.error])).toMatch(/orders\.strict\.placed does not match what orders\..*amount/s);
      expect(handled).toEqual([]);
    } finally {
      await connection.close();
    }
  });

  it('acknowledges an event the domain refuses, and retries one that met a stale version', async () => {
    const attempts = new Map<string, number>();
    const done: string[] = [];
    await platform.consume({
      name: 'refusals',
      bindings: ['orders.refusal.*'],
      processed: table.processed,
      retryDelaysMs: [50],
      schema: z.object({ id: z.string() }),
      handle: async ({ id }) => {
        const attempt = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, attempt);
        if (id === 'refused') throw conflict('the order is closed');
        if (attempt === 1) throw new StaleVersionError('the order changed meanwhile');
        done.push(id);
      },
    });
    await table.write('refused', ['orders.refusal.placed']);
    await table.write('stale', ['orders.refusal.placed']);
    await eventually(() => expect(done).toEqual(['stale']));
    expect(Object.fromEntries(attempts)).toEqual({ refused: 1, stale: 2 });
  });
});

describe('a subgraph served by the platform', () => {
  let table: Awaited<ReturnType<typeof aggregateTable>>;
  let platform: Platform;
  let server: SubgraphServer;
  beforeAll(async () => {
    table = await aggregateTable();
    platform = await startPlatform('orders', table.config);
    const dir = mkdtempSync(join(tmpdir(), 'platform-'));
    writeFileSync(join(dir, 'schema.graphql'), 'type Query { ping: String }');
    ({ server } = await platform.serveSubgraph(
      { PORT: 0, METRICS_PORT: 0 },
      { schemaPath: join(dir, 'schema.graphql'), resolvers: {}, useCases: {}, readiness: { store: async () => undefined } },
    ));
  });
  afterAll(async () => {
    await server.stop();
    await table.drop();
  });

  it('listens on loopback only unless HOST says otherwise', async () => {
    const { port } = new URL(server.url);
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal);
    for (const host of lan ? [lan.address] : []) {
      await expect(
        new Promise((resolve, reject) =>
          createConnection({ host, port: Number(port) })
            .once('connect', resolve)
            .once('error', reject),
        ),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('stays ready while RabbitMQ is away: the outbox rides out a broker outage', async () => {
    await platform.bus.close();
    expect(platform.bus.isConnected()).toBe(false);
    const ready = await fetch(server.url.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { store: 'ok' } });
  });
});
