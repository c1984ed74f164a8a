import type { ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Logger } from 'pino';
import { inMessageSpan } from '@bank/observability';
import { MalformedEventError, type CloudEvent } from './cloud-event';
import { eventSpanAttributes } from './event-span';
import type { ConsumeOutcome, MessagingMetrics } from './metrics';
import { afterFailure, attemptOf, messageHeaders, type DeadLetterReason, type RetryPolicy } from './retry-policy';
import { deadLetterQueueName, retryQueueName } from './topology';
import { untrustedReason, type EnvelopeTrust } from './envelope-trust';
import { decodeEvent, republishOptions } from './wire';

export interface DeliveryContext {
  /** 1 on the first delivery, incremented each time the event comes back from a retry. */
  readonly attempt: number;
}

/** Throwing (or rejecting) means "not processed": the event is retried, then dead-lettered (at once for a MalformedEventError). */
export type EventHandler = (event: CloudEvent, context: DeliveryContext) => Promise<void>;

export interface Subscription {
  /** Stops receiving, waits for the events in hand to settle, then closes the channel. */
  close(): Promise<void>;
}

type FailureOutcome = Exclude<ConsumeOutcome, 'ack'>;

/**
 * Where a message the consumer cannot process goes. It resolves once any copy is confirmed by the broker;
 * the consumer then acks the original ("discarded": rejects it without requeueing).
 */
export interface FailurePolicy {
  handlerFailed(channel: ConfirmChannel, message: ConsumeMessage, attempt: number, error: unknown): Promise<FailureOutcome>;
  malformed(channel: ConfirmChannel, message: ConsumeMessage, reason: string): Promise<FailureOutcome>;
  /** Not from the producer that owns its type (wrong source, no or wrong signature). */
  untrusted(channel: ConfirmChannel, message: ConsumeMessage, reason: string): Promise<FailureOutcome>;
}

// Headers are limited to 64 KiB per message; an error message must never make parking the event fail.
const MAX_ERROR_LENGTH = 4_096;
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);

const sendConfirmed = (channel: ConfirmChannel, queue: string, content: Buffer, options: Options.Publish): Promise<void> =>
  new Promise((resolve, reject) => {
    channel.sendToQueue(queue, content, options, (error: unknown) => (error ? reject(error) : resolve()));
  });

/** Retries through the delay queues, then parks the message in `<queue>.dead-letter`. */
export function retryThenDeadLetter(queue: string, policy: RetryPolicy, logger: Logger): FailurePolicy {
  const deadLetter = async (channel: ConfirmChannel, message: ConsumeMessage, reason: DeadLetterReason, error: string, attempts: number) => {
    await sendConfirmed(
      channel,
      deadLetterQueueName(queue),
      message.content,
      republishOptions(message, {
        ...message.properties.headers,
        [messageHeaders.deadLetterReason]: reason,
        [messageHeaders.error]: error,
        [messageHeaders.attempts]: attempts,
        [messageHeaders.deadLetteredAt]: new Date().toISOString(),
      }),
    );
    logger.error({ queue, messageId: message.properties.messageId, reason, error, attempts }, 'event parked in the dead-letter queue');
    return 'dead-letter' as const;
  };
  return {
    async handlerFailed(channel, message, attempt, error) {
      const action = afterFailure(attempt, policy);
      if (action.kind === 'dead-letter') return deadLetter(channel, message, 'handler-failed', errorMessage(error), attempt);
      await sendConfirmed(
        channel,
        retryQueueName(queue, action.delayMs),
        message.content,
        republishOptions(message, {
          ...message.properties.headers,
          [messageHeaders.attempt]: action.nextAttempt,
        }),
      );
      logger.warn({ queue, messageId: message.properties.messageId, attempt, retryInMs: action.delayMs, err: error }, 'event handler failed; will retry');
      return 'retry';
    },
    malformed: (channel, message, reason) => deadLetter(channel, message, 'malformed', reason.slice(0, MAX_ERROR_LENGTH), attemptOf(message)),
    untrusted: (channel, message, reason) => deadLetter(channel, message, 'untrusted', reason.slice(0, MAX_ERROR_LENGTH), attemptOf(message)),
  };
}

/** For short-lived exclusive queues (live notifications): an event that cannot be processed is dropped. */
export function discard(name: string, logger: Logger): FailurePolicy {
  const drop = (message: ConsumeMessage, details: object) => {
    logger.error({ subscription: name, messageId: message.properties.messageId, ...details }, 'event discarded');
    return Promise.resolve('discarded' as const);
  };
  return {
    handlerFailed: (_channel, message, _attempt, error) => drop(message, { err: error }),
    malformed: (_channel, message, reason) => drop(message, { reason }),
    untrusted: (_channel, message, reason) => drop(message, { reason, untrusted: true }),
  };
}

export interface ConsumerOptions {
  /** Names the subscription in metrics and logs. */
  readonly label: string;
  /** Declares what the consumer needs on a fresh channel and returns the queue to consume. */
  readonly declare: (channel: ConfirmChannel) => Promise<string>;
  readonly prefetch: number;
  readonly handler: EventHandler;
  readonly failure: FailurePolicy;
  /** Whom events must come from, and the events exchange they are routed through. */
  readonly trusted: { readonly trust: EnvelopeTrust; readonly exchange: string };
  readonly metrics: MessagingMetrics;
  readonly logger: Logger;
}

/**
 * Consumes on the raw channel handed to the channel wrapper's setup (run again after every reconnect), so each
 * message is acked on the very channel that delivered it: acking a stale delivery tag would close the channel.
 */
export class Consumer {
  private readonly inFlight = new Set<Promise<void>>();
  private current: { channel: ConfirmChannel; consumerTag: string } | undefined;

  constructor(private readonly options: ConsumerOptions) {}

  readonly setup = async (channel: ConfirmChannel): Promise<void> => {
    const queue = await this.options.declare(channel);
    await channel.prefetch(this.options.prefetch);
    const { consumerTag } = await channel.consume(queue, (message) => {
      if (message === null) {
        this.options.logger.error({ subscription: this.options.label, queue }, 'the broker cancelled the consumer (queue deleted?)');
        return;
      }
      const delivery = this.deliver(channel, message).finally(() => this.inFlight.delete(delivery));
      this.inFlight.add(delivery);
    });
    this.current = { channel, consumerTag };
  };

  async stop(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (current) await current.channel.cancel(current.consumerTag).catch(() => undefined); // a closed channel delivers nothing more
    await Promise.allSettled(this.inFlight);
  }

  private async deliver(channel: ConfirmChannel, message: ConsumeMessage): Promise<void> {
    const { label, metrics, logger } = this.options;
    let processed: { type: string; outcome: ConsumeOutcome };
    try {
      processed = await this.process(channel, message);
    } catch (error) {
      // The broker did not confirm the retry or dead-letter copy (or the channel closed): deliver the original again.
      logger.error({ subscription: label, messageId: message.properties.messageId, err: error }, 'could not move the failed event; it will be redelivered');
      settle(() => channel.nack(message, false, true));
      return;
    }
    const settled = settle(() => (processed.outcome === 'discarded' ? channel.nack(message, false, false) : channel.ack(message)));
    if (settled) metrics.consumed.inc({ queue: label, ...processed });
    else logger.warn({ subscription: label, messageId: message.properties.messageId }, 'channel closed before the ack; the broker will redeliver the event');
  }

  private async process(channel: ConfirmChannel, message: ConsumeMessage): Promise<{ type: string; outcome: ConsumeOutcome }> {
    const { label, handler, failure, trusted, metrics } = this.options;
    const decoded = decodeEvent(message.content);
    if (decoded.kind === 'malformed') return { type: 'unknown', outcome: await failure.malformed(channel, message, decoded.reason) };
    const { event } = decoded;
    // Before the handler, and before the type becomes a metric label: a forged event never counts as its claimed type.
    const untrusted = untrustedReason(trusted.trust, trusted.exchange, message, event);
    if (untrusted !== undefined) return { type: 'untrusted', outcome: await failure.untrusted(channel, message, untrusted) };
    const attempt = attemptOf(message);
    const endTimer = metrics.handlerDuration.startTimer({ queue: label, type: event.type });
    try {
      await inMessageSpan({ name: `${label} process ${event.type}`, kind: 'consumer', carried: event, attributes: eventSpanAttributes(event, label) }, () =>
        handler(event, { attempt }),
      );
      endTimer();
      return { type: event.type, outcome: 'ack' };
    } catch (error) {
      endTimer();
      if (error instanceof MalformedEventError) return { type: event.type, outcome: await failure.malformed(channel, message, error.message) };
      return { type: event.type, outcome: await failure.handlerFailed(channel, message, attempt, error) };
    }
  }
}

/** Acks on a closed channel throw; the broker has already requeued those messages. */
function settle(ackOrNack: () => void): boolean {
  try {
    ackOrNack();
    return true;
  } catch {
    return false;
  }
}

/** Ties a consumer to its channel wrapper so `close()` drains before closing. */
export const subscriptionHandle = (consumer: Consumer, channel: ChannelWrapper): Subscription => ({
  async close() {
    await consumer.stop();
    await channel.close();
  },
});
