import { eventually, startBroker, stopBroker, uniqueName } from '@bank/testing';
import { cloudEvent, type CloudEvent } from '../src';
import { BrokerAdmin, connectBus } from './support/broker';

const event = (type: string): CloudEvent => cloudEvent({ source: '/test/messaging', type, subject: uniqueName('subject'), data: {} });

jest.setTimeout(180_000);

describe('EventBus across a broker restart', () => {
  // Whatever happens in the test, the shared broker must come back for everyone else.
  afterAll(() => startBroker());

  it('fails publishes within the timeout while the broker is down, then publishes and consumes again without a new bus', async () => {
    const { bus, exchange } = await connectBus({ publishTimeoutMs: 1_000, reconnectBackoff: { initialDelayMs: 100, maxDelayMs: 1_000 } });
    const queue = uniqueName('test.restart');
    try {
      const durable: string[] = [];
      const exclusive: string[] = [];
      await bus.subscribe({ queue, bindings: ['restart.#'], retryDelaysMs: [100], maxAttempts: 2, handler: async ({ id }) => void durable.push(id) });
      await bus.subscribe({ exclusive: true, name: 'restart-live', bindings: ['restart.#'], handler: async ({ id }) => void exclusive.push(id) });
      const publisher = bus.publisher();
      const before = event('restart.before');
      await publisher.publish(before);
      await eventually(() => expect(exclusive).toEqual([before.id]));

      const lost = event('restart.during');
      try {
        await stopBroker();
        await expect(publisher.publish(lost)).rejects.toThrow(/restart\.during .* was not confirmed: timeout/);
      } finally {
        await startBroker();
      }

      // Publishes time out until the bus has reconnected (an outbox relay would simply try again later), and the
      // exclusive subscription only sees events published after its new queue is bound: keep publishing until it does.
      const confirmed: string[] = [];
      await eventually(
        async () => {
          const after = event('restart.after');
          await publisher.publish(after);
          confirmed.push(after.id);
          expect(exclusive.some((id) => confirmed.includes(id))).toBe(true);
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
      await eventually(() => expect(durable).toEqual(expect.arrayContaining([before.id, ...confirmed])));
      expect(durable).not.toContain(lost.id);
    } finally {
      await bus.close();
      const admin = await BrokerAdmin.connect();
      await admin.deleteSubscription(queue, [100]);
      await admin.deleteExchange(exchange);
      await admin.close();
    }
  });
});
