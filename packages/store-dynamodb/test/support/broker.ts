import type { CloudEvent, EventPublisher } from '@bank/messaging';
import { testEndpoints } from '@bank/testing';
import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';

/**
 * The smallest publisher the relay can use: persistent messages on a confirm channel, resolved once the
 * broker confirms. A publish the broker refuses (e.g. to a missing exchange) closes the channel and
 * rejects; the next publish opens a new channel.
 */
class ConfirmPublisher implements EventPublisher {
  private channel: Promise<ConfirmChannel> | undefined;

  constructor(
    private readonly connection: ChannelModel,
    private readonly exchange: string,
  ) {}

  async publish(event: CloudEvent): Promise<void> {
    const channel = await (this.channel ??= this.open());
    await new Promise<void>((resolve, reject) => {
      channel.publish(
        this.exchange,
        event.type,
        Buffer.from(JSON.stringify(event)),
        { persistent: true, messageId: event.id, contentType: 'application/cloudevents+json' },
        (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
      );
    });
  }

  private async open(): Promise<ConfirmChannel> {
    const channel = await this.connection.createConfirmChannel();
    // A refused publish closes the channel with an error; the publish's own callback reports it.
    channel.on('error', () => undefined);
    channel.on('close', () => (this.channel = undefined));
    return channel;
  }
}

/** One connection to the real RabbitMQ: publishers for the relay, and listeners that record what arrives. */
export class TestBroker {
  private readonly exchanges: string[] = [];

  private constructor(private readonly connection: ChannelModel) {}

  static async connect(): Promise<TestBroker> {
    const connection = await connect(testEndpoints.rabbitmqUrl);
    connection.on('error', () => undefined);
    return new TestBroker(connection);
  }

  publisher(exchange: string): EventPublisher {
    return new ConfirmPublisher(this.connection, exchange);
  }

  /**
   * Declares `exchange` and returns the events that reach it from now on, in arrival order. The exchange
   * forwards everything to a tap already bound to a queue, so it accepts no event before the queue is there.
   */
  async listen(exchange: string): Promise<CloudEvent[]> {
    const received: CloudEvent[] = [];
    const channel = await this.connection.createChannel();
    const tap = `${exchange}-tap`;
    await channel.assertExchange(tap, 'fanout', { durable: false });
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.bindQueue(queue, tap, '');
    await channel.consume(queue, (message) => message && received.push(JSON.parse(message.content.toString()) as CloudEvent), { noAck: true });
    await channel.assertExchange(exchange, 'topic', { durable: false, alternateExchange: tap });
    this.exchanges.push(exchange, tap);
    return received;
  }

  async close(): Promise<void> {
    const channel = await this.connection.createChannel();
    for (const exchange of this.exchanges) await channel.deleteExchange(exchange);
    await this.connection.close();
  }
}
