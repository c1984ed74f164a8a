import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@bank/kernel';
import { cloudEvent, type CloudEvent } from '@bank/messaging';
import { currentCorrelationId } from '@bank/observability';

export interface EnvelopeContext {
  /** Who emits the events, e.g. "/subgraphs/pix". */
  readonly source: string;
  /** The request (or the event) that caused the state change. */
  readonly correlationId: string;
  /** The service an event is an outcome for (see `CloudEvent.requester`); none when absent or undefined. */
  readonly requesterOf?: (event: DomainEvent) => string | undefined;
}

/**
 * Wraps an aggregate's recorded events for the outbox. The ids are made here, before the write,
 * so they are stored with the state and stay the same however often the relay publishes them.
 */
export const toCloudEvents = (events: readonly DomainEvent[], { source, correlationId, requesterOf }: EnvelopeContext): CloudEvent[] =>
  events.map((event) => {
    const { type, subject, data, occurredAt } = event;
    const requester = requesterOf?.(event);
    return cloudEvent({ source, type, subject, data, correlationId, time: occurredAt, ...(requester === undefined ? {} : { requester }) });
  });

/** Turns the events of one state change into the envelopes a repository stores with it. */
export type EventEnvelopes = (events: readonly DomainEvent[]) => CloudEvent[];

/**
 * The envelopes of a service's writes: from `source`, correlated with the request or event being
 * handled. A write outside any (a timer, a sweeper) gets a new id, which still ties its events together.
 */
export const eventEnvelopes =
  (source: string, requesterOf?: EnvelopeContext['requesterOf']): EventEnvelopes =>
  (events) =>
    toCloudEvents(events, { source, correlationId: currentCorrelationId() ?? randomUUID(), ...(requesterOf === undefined ? {} : { requesterOf }) });
