import type { ConsumeMessage, Options } from 'amqplib';
import { z } from 'zod';
import type { CloudEvent } from './cloud-event';

/** CloudEvents structured content mode: the whole envelope is the message body. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  subject: z.string(),
  datacontenttype: z.literal('application/json'),
  correlationid: z.string().min(1),
  // The distributed-tracing extension: a string the tracer cannot read is ignored by it, never a reason to refuse the event.
  traceparent: z.string().optional(),
  tracestate: z.string().optional(),
  data: z.unknown(),
});

export interface EncodedEvent {
  readonly content: Buffer;
  readonly options: Options.Publish;
}

export function encodeEvent(event: CloudEvent): EncodedEvent {
  return {
    content: Buffer.from(JSON.stringify(event)),
    options: {
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      messageId: event.id,
      type: event.type,
      correlationId: event.correlationid,
      // AMQP timestamps are whole seconds since the epoch.
      timestamp: Math.floor(Date.parse(event.time) / 1000),
      persistent: true,
    },
  };
}

export type DecodedEvent = { readonly kind: 'event'; readonly event: CloudEvent } | { readonly kind: 'malformed'; readonly reason: string };

export function decodeEvent(content: Buffer): DecodedEvent {
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch (error) {
    return { kind: 'malformed', reason: `body is not JSON: ${(error as Error).message}` };
  }
  const parsed = cloudEventSchema.safeParse(json);
  return parsed.success
    ? { kind: 'event', event: parsed.data as CloudEvent }
    : { kind: 'malformed', reason: `not a CloudEvent: ${z.prettifyError(parsed.error)}` };
}

/** The properties a message keeps when it is moved to a retry or dead-letter queue. */
export const republishOptions = ({ properties }: ConsumeMessage, headers: Record<string, unknown>): Options.Publish => ({
  contentType: properties.contentType,
  messageId: properties.messageId,
  type: properties.type,
  correlationId: properties.correlationId,
  timestamp: properties.timestamp,
  persistent: true,
  headers,
});
