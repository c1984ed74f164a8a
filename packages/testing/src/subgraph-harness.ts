import type { Principal } from '@bank/identity';
import {
  deadLetterQueueName,
  defaultRetryPolicy,
  EVENT_SIGNATURE_HEADER,
  eventSignature,
  messageHeaders,
  retryQueueName,
  routingKeyOf,
  type CloudEvent,
  type DeadLetterReason,
} from '@bank/messaging';
import amqp, { type ConfirmChannel, type GetMessage } from 'amqplib';
import { testEndpoints } from './endpoints';
import { eventually } from './eventually';
import { subgraphClient, type GraphQLResult } from './graphql-client';
import { ManualClock } from './manual-clock';
import { serviceTestEnv, TEST_PRINCIPAL_SECRET } from './service-env';

/** What a service's composition root returns (RunningSubgraph of @bank/platform), as the harness needs it. */
export interface SubgraphUnderTest {
  readonly server: { readonly url: string; readonly metricsUrl: string };
  stop(): Promise<void>;
}

/** Why a consumer parked a message: the dead-letter queue's reason and error headers. */
export interface DeadLettered {
  readonly reason: DeadLetterReason;
  readonly error: string;
}

export type GraphQLCall = <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Data>>;

export interface SubgraphHarnessOptions<S extends SubgraphUnderTest> {
  /** The service's name: its test environment (`serviceTestEnv`) and the prefix of its queues. */
  readonly name: string;
  /** Variables over the test environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Where the clock starts; now by default. */
  readonly startsAt?: Date | string;
  /** Starts the service in process on the environment and the clock. */
  start(env: Readonly<Record<string, string>>, clock: ManualClock): Promise<S>;
  /** The names of the consumers it declared, whose queues (with their delay and dead-letter queues) go on stop. */
  consumers?(service: S): readonly string[];
}

export interface SubgraphHarness<S extends SubgraphUnderTest> {
  readonly service: S;
  readonly clock: ManualClock;
  readonly env: Readonly<Record<string, string>>;
  /** The test's own events exchange. */
  readonly exchange: string;
  /** The service's GraphQL endpoint, called as `principal` (signed as the gateway would). */
  as(principal: Principal): GraphQLCall;
  /** A value of the service's /metrics (the first line of `name` that contains `labels`), 0 when absent. */
  metric(name: string, labels?: string): Promise<number>;
  /**
   * Publishes `event` on the test's exchange as anyone with broker access could, not through its producer's relay:
   * signed with `key`, or carrying `signature` as it is, or unsigned. Resolves once the broker has it.
   */
  publishDirectly(event: CloudEvent, signed?: { readonly key: string } | { readonly signature: string }): Promise<void>;
  /** The oldest message dead-lettered from the service's consumer `consumer` (e.g. `charge-requests`), taken; false when there is none. */
  takeDeadLetter(consumer: string): Promise<GetMessage | false>;
  /** Waits for a message dead-lettered from the service's consumer `consumer`, takes the oldest and answers why it was parked. */
  deadLettered(consumer: string): Promise<DeadLettered>;
  /** Stops the service, then removes its exchange and queues. */
  stop(): Promise<void>;
}

/** A subgraph in process on an environment of its own (tables, database, exchange), on a ManualClock. */
export async function startSubgraphHarness<S extends SubgraphUnderTest>(options: SubgraphHarnessOptions<S>): Promise<SubgraphHarness<S>> {
  const env = { ...serviceTestEnv(options.name), ...options.env };
  const exchange = env.EVENTS_EXCHANGE ?? '';
  const clock = new ManualClock(options.startsAt);
  const service = await options.start(env, clock);
  const client = subgraphClient(service.server.url, TEST_PRINCIPAL_SECRET);
  const queueOf = (consumer: string) => `${exchange}.${options.name}.${consumer}`;
  const broker = lazyBrokerChannel();
  const takeDeadLetter = async (consumer: string) => (await broker.channel()).get(deadLetterQueueName(queueOf(consumer)), { noAck: true });
  return {
    service,
    clock,
    env,
    exchange,
    as: (principal) => client.as(principal),
    metric: async (name, labels = '') => {
      const text = await (await fetch(service.server.metricsUrl)).text();
      const line = text.split('\n').find((candidate) => (candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `)) && candidate.includes(labels));
      return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
    },
    publishDirectly: async (event, signed) => {
      const content = Buffer.from(JSON.stringify(event));
      const signature = signed === undefined ? undefined : 'key' in signed ? eventSignature(signed.key, content) : signed.signature;
      const headers = signature === undefined ? {} : { [EVENT_SIGNATURE_HEADER]: signature };
      const channel = await broker.channel();
      channel.publish(exchange, routingKeyOf(event), content, { messageId: event.id, persistent: true, headers });
      await channel.waitForConfirms();
    },
    takeDeadLetter,
    deadLettered: (consumer) =>
      eventually(async () => {
        const message = await takeDeadLetter(consumer);
        if (message === false) throw new Error(`nothing dead-lettered from ${consumer} yet`);
        const headers = message.properties.headers ?? {};
        return { reason: headers[messageHeaders.deadLetterReason] as DeadLetterReason, error: String(headers[messageHeaders.error]) };
      }),
    stop: async () => {
      const queues = (options.consumers?.(service) ?? []).map(queueOf);
      await broker.close();
      await service.stop();
      await deleteTopology(exchange, queues);
    },
  };
}

/** A confirm channel on the local broker, connected at first use. */
function lazyBrokerChannel(): { channel(): Promise<ConfirmChannel>; close(): Promise<void> } {
  let connection: Promise<amqp.ChannelModel> | undefined;
  let channel: Promise<ConfirmChannel> | undefined;
  return {
    channel: () => {
      connection ??= amqp.connect(testEndpoints.rabbitmqUrl);
      channel ??= connection.then((connected) => connected.createConfirmChannel());
      return channel;
    },
    close: async () => {
      if (connection !== undefined) await (await connection).close();
    },
  };
}

/** The durable queues (with their delay and dead-letter queues) and the exchange a service declared. */
async function deleteTopology(exchange: string, queues: readonly string[]): Promise<void> {
  const connection = await amqp.connect(testEndpoints.rabbitmqUrl);
  try {
    const channel = await connection.createChannel();
    for (const queue of queues) {
      for (const name of [queue, deadLetterQueueName(queue), ...defaultRetryPolicy.retryDelaysMs.map((delay) => retryQueueName(queue, delay))]) {
        await channel.deleteQueue(name);
      }
    }
    await channel.deleteExchange(exchange);
  } finally {
    await connection.close();
  }
}
