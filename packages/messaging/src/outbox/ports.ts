import type { CloudEvent } from '@bank/messaging';

/**
 * Events waiting in one aggregate's item or document, oldest first.
 * They were written in the same single-item write as the state change that produced them,
 * so an event exists if and only if its state change was committed.
 */
export interface PendingEvents {
  /** Identifies the item or document, e.g. "CHARGE#abc" or a Mongo _id. */
  readonly aggregateId: string;
  readonly events: readonly CloudEvent[];
}

/** What the relay needs from a store: read pending events, and drop them once published. */
export interface OutboxStore {
  /** Aggregates that hold pending events; at most `limit` of them. */
  pending(limit: number): Promise<PendingEvents[]>;
  /**
   * Removes exactly these events (by id) from the aggregate; events added since are kept. `lastRead` is
   * the aggregate's outbox as the relay last saw it: a store may start from it instead of reading again.
   */
  markPublished(aggregateId: string, eventIds: readonly string[], lastRead?: readonly CloudEvent[]): Promise<void>;
}
