import type { Channel } from 'amqplib';

/** Quorum queues are replicated (production); classic queues suit a single development node. */
export type QueueType = 'classic' | 'quorum';

export const retryQueueName = (queue: string, delayMs: number): string => `${queue}.retry.${delayMs}ms`;
export const deadLetterQueueName = (queue: string): string => `${queue}.dead-letter`;

export const assertEventExchange = async (channel: Channel, exchange: string): Promise<void> => {
  await channel.assertExchange(exchange, 'topic', { durable: true });
};

export interface DurableTopology {
  readonly exchange: string;
  readonly queue: string;
  readonly bindings: readonly string[];
  readonly queueType: QueueType;
  readonly retryDelaysMs: readonly number[];
  /** Deletes the queues once unused this long (throwaway environments such as tests); kept forever when absent. */
  readonly expiresMs?: number | undefined;
}

const queueArguments = (queueType: QueueType, expiresMs: number | undefined) => ({
  'x-queue-type': queueType,
  ...(expiresMs === undefined ? {} : { 'x-expires': expiresMs }),
});

// A quorum queue dead-letters at most once unless told otherwise; at-least-once needs reject-publish overflow.
const deadLetteringArguments = (queueType: QueueType) =>
  queueType === 'quorum' ? { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } : {};

/**
 * The consumer's queue bound to the exchange, one delay queue per retry delay and a dead-letter queue.
 * A delay queue holds a message for its TTL, then dead-letters it through the default exchange back to
 * the consumer's queue only, so other subscribers of the event never see the retry.
 */
export async function assertDurableTopology(channel: Channel, topology: DurableTopology): Promise<string> {
  const { exchange, queue, bindings, queueType, retryDelaysMs, expiresMs } = topology;
  const typeArguments = () => queueArguments(queueType, expiresMs);
  await assertEventExchange(channel, exchange);
  await channel.assertQueue(queue, { durable: true, arguments: typeArguments() });
  for (const pattern of bindings) await channel.bindQueue(queue, exchange, pattern);
  for (const delayMs of retryDelaysMs) {
    await channel.assertQueue(retryQueueName(queue, delayMs), {
      durable: true,
      arguments: {
        ...typeArguments(),
        ...deadLetteringArguments(queueType),
        'x-message-ttl': delayMs,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': queue,
      },
    });
  }
  await channel.assertQueue(deadLetterQueueName(queue), { durable: true, arguments: typeArguments() });
  return queue;
}

/** A server-named queue that lives as long as its consumer: each replica gets every matching event. */
export async function assertExclusiveTopology(channel: Channel, { exchange, bindings }: { exchange: string; bindings: readonly string[] }): Promise<string> {
  await assertEventExchange(channel, exchange);
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
  for (const pattern of bindings) await channel.bindQueue(queue, exchange, pattern);
  return queue;
}
