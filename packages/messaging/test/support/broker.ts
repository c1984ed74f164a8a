import amqplib, { type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import pino from 'pino';
import { Registry } from 'prom-client';
import { testEndpoints, uniqueName } from '@bank/testing';
import { deadLetterQueueName, EventBus, retryQueueName, type EventBusOptions } from '../../src';

export const silentLogger = pino({ level: 'silent' });

export async function connectBus(overrides: Partial<EventBusOptions> = {}): Promise<{ bus: EventBus; registry: Registry; exchange: string }> {
  const registry = new Registry();
  const exchange = uniqueName('test.events');
  const bus = await EventBus.connect({
    url: testEndpoints.rabbitmqUrl,
    exchange,
    connectionName: 'messaging-test',
    logger: silentLogger,
    registry,
    trust: { kind: 'unverified' },
    queueType: 'classic',
    ...overrides,
  });
  return { bus, registry, exchange };
}

/** A plain amqplib connection to look at queues from the outside and remove what a test declared. */
export class BrokerAdmin {
  private constructor(
    private readonly connection: ChannelModel,
    readonly channel: Channel,
  ) {}

  static async connect(): Promise<BrokerAdmin> {
    const connection = await amqplib.connect(testEndpoints.rabbitmqUrl);
    return new BrokerAdmin(connection, await connection.createChannel());
  }

  /** A queue bound to the exchange that nobody consumes, to inspect messages as published. */
  async tapQueue(exchange: string, pattern: string): Promise<string> {
    await this.channel.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await this.channel.assertQueue('', { exclusive: true });
    await this.channel.bindQueue(queue, exchange, pattern);
    return queue;
  }

  async get(queue: string): Promise<GetMessage> {
    const message = await this.channel.get(queue, { noAck: true });
    if (message === false) throw new Error(`${queue} is empty`);
    return message;
  }

  async readyCount(queue: string): Promise<number> {
    return (await this.channel.checkQueue(queue)).messageCount;
  }

  async consumerCount(queue: string): Promise<number> {
    return (await this.channel.checkQueue(queue)).consumerCount;
  }

  async deleteSubscription(queue: string, retryDelaysMs: readonly number[] = []): Promise<void> {
    for (const name of [queue, deadLetterQueueName(queue), ...retryDelaysMs.map((delay) => retryQueueName(queue, delay))]) {
      await this.channel.deleteQueue(name);
    }
  }

  async deleteExchange(exchange: string): Promise<void> {
    await this.channel.deleteExchange(exchange);
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

async function sample(registry: Registry, name: string, sampleName: string, labels: Record<string, string>): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return 0;
  const values: { value: number; labels: Record<string, unknown>; metricName?: string }[] = (await metric.get()).values;
  const matching = values.find(
    (value) => (value.metricName ?? name) === sampleName && Object.entries(labels).every(([key, expected]) => value.labels[key] === expected),
  );
  return matching?.value ?? 0;
}

export const metricValue = (registry: Registry, name: string, labels: Record<string, string>): Promise<number> => sample(registry, name, name, labels);

/** How many observations a histogram recorded. */
export const histogramCount = (registry: Registry, name: string, labels: Record<string, string>): Promise<number> =>
  sample(registry, name, `${name}_count`, labels);

/** A promise the test resolves by hand, to hold handlers inside their work. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
