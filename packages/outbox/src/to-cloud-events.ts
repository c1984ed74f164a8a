import type { DomainEvent } from '@bank/domain';
import { cloudEvent, type CloudEvent } from '@bank/messaging';

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
