import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@bank/kernel';
import { type CloudEvent, toCloudEvents } from '@bank/messaging';
import { currentCorrelationId } from '@bank/observability';

export const LOANS_EVENT_SOURCE = '/subgraphs/loans';

/** The envelopes stored with the state; a write outside any request (no correlation id) still ties its events together. */
export const outboxEvents = (events: readonly DomainEvent[]): CloudEvent[] =>
  toCloudEvents(events, { source: LOANS_EVENT_SOURCE, correlationId: currentCorrelationId() ?? randomUUID() });
