import { randomUUID } from 'node:crypto';
import { currentTraceContext, type TraceContext } from '@bank/observability';

/**
 * A domain event in the CloudEvents 1.0 envelope (structured JSON mode).
 * `correlationid` is an extension attribute: it ties every event back to the request that caused it.
 * `traceparent` and `tracestate` (the distributed-tracing extension, present when tracing is on) are
 * the W3C trace context of the work that emitted it: stored with the event in the outbox, so the
 * relay and every consumer continue that trace. Nothing on the way rewrites them.
 */
export interface CloudEvent<T = unknown> extends TraceContext {
  readonly specversion: '1.0';
  readonly id: string;
  /** Who emitted it, e.g. "/subgraphs/pix". */
  readonly source: string;
  /** Reverse-DNS-like name that is also the routing key, e.g. "pix.charge.paid". */
  readonly type: string;
  /** RFC 3339 time the state change happened. */
  readonly time: string;
  /** The aggregate the event is about, e.g. a charge's txid. */
  readonly subject: string;
  readonly datacontenttype: 'application/json';
  readonly correlationid: string;
  readonly data: T;
}

export interface NewEvent<T> {
  source: string;
  type: string;
  subject: string;
  data: T;
  correlationId?: string;
  time?: Date;
  id?: string;
}

/** A new envelope; it carries the trace context active now. */
export function cloudEvent<T>({ source, type, subject, data, correlationId, time, id }: NewEvent<T>): CloudEvent<T> {
  const eventId = id ?? randomUUID();
  return {
    specversion: '1.0',
    id: eventId,
    source,
    type,
    time: (time ?? new Date()).toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: correlationId ?? eventId,
    ...currentTraceContext(),
    data,
  };
}

/**
 * A handler throws this when the event's data does not match the contract it reads it by: no
 * redelivery can cure that, so the event is dead-lettered at once (reason "malformed").
 */
export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

/** Publishes one event and resolves once the broker has confirmed it (persistent message). */
export interface EventPublisher {
  publish(event: CloudEvent): Promise<void>;
}
