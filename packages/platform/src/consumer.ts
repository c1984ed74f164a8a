import { AppError, isAppError, StaleVersionError } from '@bank/kernel';
import { MalformedEventError, type CloudEvent } from '@bank/messaging';
import type { Logger } from '@bank/observability';
import { z } from 'zod';

/**
 * An inbound event handler a service declares: what it is called, what it listens to, the contract
 * it reads the event's data by, and what it does with it.
 */
export interface EventConsumer<Data = unknown> {
  /** Names the consumer (`<service>.<name>`) and its queue (`<exchange>.<service>.<name>`, so environments sharing a broker stay apart). */
  readonly name: string;
  readonly bindings: readonly string[];
  /** The data the consumer accepts (a contract of @bank/contracts, or the service's own event); anything else is dead-lettered at once. */
  readonly schema: z.ZodType<Data>;
  /**
   * Applies one event (the data as the schema parsed it). An AppError is the domain refusing the event:
   * logged and acknowledged, since redelivery would not cure it; a StaleVersionError, or any other
   * failure, is retried through the delay queues, then dead-lettered.
   */
  handle(data: Data, event: CloudEvent): Promise<unknown>;
  readonly prefetch?: number;
  readonly retryDelaysMs?: readonly number[];
}

/** Declares a consumer, inferring its data type from its schema. */
export const eventConsumer = <Data>(consumer: EventConsumer<Data>): EventConsumer<Data> => consumer;

/** The event with its data as the consumer's schema parsed it, or MalformedEventError. */
export function accepted(consumer: string, schema: z.ZodType, event: CloudEvent): CloudEvent {
  const parsed = schema.safeParse(event.data);
  if (!parsed.success) throw new MalformedEventError(`${event.type} does not match what ${consumer} reads: ${z.prettifyError(parsed.error)}`);
  return { ...event, data: parsed.data };
}

const isRefusal = (error: unknown): error is AppError => isAppError(error) && !(error instanceof StaleVersionError);

/** Runs the consumer's handler the same way for every service: refusals logged and acknowledged, the rest thrown for the broker to retry. */
export const applying =
  (consumer: string, handle: EventConsumer['handle'], logger: Logger) =>
  async (event: CloudEvent): Promise<void> => {
    try {
      const outcome = await handle(event.data, event);
      if (outcome === null) logger.debug({ consumer, eventId: event.id, type: event.type }, 'event had nothing to change');
    } catch (error) {
      if (!isRefusal(error)) throw error;
      logger.warn({ consumer, eventId: event.id, type: event.type, code: error.code, reason: error.message }, 'event refused by the domain; acknowledged');
    }
  };
