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
  /**
   * Extension attribute: the service whose request this event is an outcome of (a charge or transfer it
   * asked for). The routing key ends with it, so only that service's bindings see the event.
   */
  readonly requester?: string;
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
  requester?: string;
}

/** One word of a routing key: what a requester may be. */
export const REQUESTER_PATTERN = /^[a-z][a-z0-9-]*$/;

/** A new envelope; it carries the trace context active now. */
export function cloudEvent<T>({ source, type, subject, data, correlationId, time, id, requester }: NewEvent<T>): CloudEvent<T> {
  if (requester !== undefined && !REQUESTER_PATTERN.test(requester)) throw new RangeError(`a requester is one routing-key word, got "${requester}"`);
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
    ...(requester === undefined ? {} : { requester }),
    ...currentTraceContext(),
    data,
  };
}

/** The type, then the requester when there is one: `pix.charge.paid` for a customer's charge, `pix.charge.paid.loans` for one loans asked for. */
export const routingKeyOf = ({ type, requester }: { readonly type: string; readonly requester?: string | undefined }): string =>
  requester === undefined ? type : `${type}.${requester}`;

/** Bindings for the outcomes of `requester`'s requests among events of these types, and for nothing else. */
export const addressedTo = (requester: string, ...types: readonly string[]): string[] => types.map((type) => routingKeyOf({ type, requester }));

/** Bindings for every event of these types, whoever asked for it or nobody (`#` matches zero words too). */
export const whoeverAsked = (...types: readonly string[]): string[] => types.map((type) => `${type}.#`);

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
