import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@bank/kernel';
import { cloudEvent, type CloudEvent } from '@bank/messaging';
import { currentCorrelationId } from '@bank/observability';

export interface EnvelopeContext {
  /** Who emits the events, e.g. "/subgraphs/pix". */
  readonly source: string;
  /** The request (or the event) that caused the state change. */
  readonly correlationId: string;
}

/**
 * Wraps an aggregate's recorded events for the outbox. The ids are made here, before the write,
 * so they are stored with the state and stay the same however often the relay publishes them.
 */
export const toCloudEvents = (events: readonly DomainEvent[], { source, correlationId }: EnvelopeContext): CloudEvent[] =>
  events.map(({ type, subject, data, occurredAt }) => cloudEvent({ source, type, subject, data, correlationId, time: occurredAt }));

/** Turns the events of one state change into the envelopes a repository stores with it. */
export type EventEnvelopes = (events: readonly DomainEvent[]) => CloudEvent[];

/**
 * The envelopes of a service's writes: from `source`, correlated with the request or event being
 * handled. A write outside any (a timer, a sweeper) gets a new id, which still ties its events together.
 */
export const eventEnvelopes =
  (source: string): EventEnvelopes =>
  (events) =>
    toCloudEvents(events, { source, correlationId: currentCorrelationId() ?? randomUUID() });
