import amqplib from 'amqplib';
import { testEndpoints, uniqueName } from '@bank/testing';
import { deadLetterQueueName, retryQueueName } from '../src';
import { BrokerAdmin, connectBus } from './support/broker';

describe('queues of a throwaway environment', () => {
  it('are declared to expire once unused, every one of a subscription’s queues', async () => {
    const { bus, exchange } = await connectBus({ queueType: 'classic', queueExpiresMs: 600_000 });
    const admin = await BrokerAdmin.connect();
    const queue = uniqueName('test.expiring');
    try {
      const subscription = await bus.subscribe({ queue, bindings: ['#'], retryDelaysMs: [100], handler: async () => undefined });
      await subscription.close();
      const connection = await amqplib.connect(testEndpoints.rabbitmqUrl);
      try {
        for (const name of [queue, retryQueueName(queue, 100), deadLetterQueueName(queue)]) {
          // Redeclaring without the same x-expires is refused: the broker holds the argument.
          const channel = await connection.createChannel();
          channel.on('error', () => undefined);
          await expect(channel.assertQueue(name, { durable: true, arguments: { 'x-queue-type': 'classic' } })).rejects.toThrow(/x-expires/);
        }
      } finally {
        await connection.close().catch(() => undefined);
      }
    } finally {
      await admin.deleteSubscription(queue, [100]);
      await admin.deleteExchange(exchange);
      await admin.close();
      await bus.close();
    }
  });
});
