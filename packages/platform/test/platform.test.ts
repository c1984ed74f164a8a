import { mkdtempSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubgraphServer } from '@bank/graphql';
import { currentCorrelationId } from '@bank/observability';
import { eventually } from '@bank/testing';
import { startPlatform, type Platform } from '../src';
import { aggregateTable } from './support';

describe('a service platform against the real services', () => {
  let table: Awaited<ReturnType<typeof aggregateTable>>;
  let platform: Platform;
  beforeAll(async () => {
    table = await aggregateTable();
    platform = await startPlatform('orders', table.config);
  });
  afterAll(async () => {
    await platform.close();
    await table.drop();
  });

  it('relays committed events to consumers, which apply each once under its correlation id', async () => {
    const applied: { id: string; correlationId: string | undefined }[] = [];
    await platform.consume({
      name: 'billing',
      bindings: ['orders.#'],
      processed: table.processed,
      handler: async (event) => void applied.push({ id: event.id, correlationId: currentCorrelationId() }),
    });
    const relay = platform.startRelay(table.outbox, { pollIntervalMs: 50 });
    await table.write('o-1', ['orders.order.placed', 'orders.order.paid']);
    await eventually(() => expect(applied).toHaveLength(2));
    expect(applied.every(({ id, correlationId }) => correlationId === id)).toBe(true);
    expect((await relay.drain()).relayed).toBe(0);
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
    server = await platform.serveSubgraph({ port: 0, metricsPort: 0, schemaPath: join(dir, 'schema.graphql'), resolvers: {}, context: (base) => base, readiness: { store: async () => undefined } });
  });
  afterAll(async () => {
    await server.stop();
    await table.drop();
  });

  it('listens on loopback only unless HOST says otherwise', async () => {
    const { port } = new URL(server.url);
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const lan = Object.values(networkInterfaces()).flat().find((address) => address?.family === 'IPv4' && !address.internal);
    for (const host of lan ? [lan.address] : []) {
      await expect(new Promise((resolve, reject) => createConnection({ host, port: Number(port) }).once('connect', resolve).once('error', reject))).rejects.toThrow(/ECONNREFUSED/);
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
