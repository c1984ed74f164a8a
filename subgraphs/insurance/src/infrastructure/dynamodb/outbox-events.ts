import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@bank/domain';
import type { CloudEvent } from '@bank/messaging';
import { currentCorrelationId } from '@bank/observability';
import { toCloudEvents } from '@bank/outbox';

export const INSURANCE_EVENT_SOURCE = '/subgraphs/insurance';

/** The envelopes stored with the state; a write outside any request or event (no correlation id) still ties its events together. */
export const outboxEvents = (events: readonly DomainEvent[]): CloudEvent[] =>
  toCloudEvents(events, { source: INSURANCE_EVENT_SOURCE, correlationId: currentCorrelationId() ?? randomUUID() });
