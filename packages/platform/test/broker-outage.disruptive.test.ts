import { eventually, startBroker, stopBroker } from '@bank/testing';
import { startPlatform, type Platform } from '../src';
import { z } from 'zod';
import { aggregateTable } from './support';

describe('the broker stopped while events are pending', () => {
  let table: Awaited<ReturnType<typeof aggregateTable>>;
  let platform: Platform;
  beforeAll(async () => {
    table = await aggregateTable();
    platform = await startPlatform('orders', table.config);
  });
  afterAll(async () => {
    await startBroker();
    await platform.close();
    await table.drop();
  });

  it('delivers every event once the broker is back, none applied twice', async () => {
    const applied = new Map<string, number>();
    await platform.consume({
      name: 'billing',
      bindings: ['orders.#'],
      processed: table.processed,
      schema: z.unknown(),
      handle: async (_data, event) => void applied.set(event.subject, (applied.get(event.subject) ?? 0) + 1),
    });
    platform.startRelay(table.outbox, { pollIntervalMs: 100 });
    await table.write('before', ['orders.order.placed']);
    await eventually(() => expect(applied.get('before')).toBe(1));

    await stopBroker();
    try {
      const ids = Array.from({ length: 20 }, (_, i) => `during-${i}`);
      for (const id of ids) await table.write(id, ['orders.order.placed']);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(ids.some((id) => applied.has(id))).toBe(false);
    } finally {
      await startBroker();
    }

    await eventually(() => expect(applied.size).toBe(21), { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([...applied.values()].every((count) => count === 1)).toBe(true);
    expect(await table.outbox.pending(100)).toEqual([]);
  }, 120_000);
});
