/** A mutation's idempotency record, as the store holds it. */
export type IdempotencyRecord =
  | { readonly state: 'in-progress'; readonly requestHash: string }
  | { readonly state: 'completed'; readonly requestHash: string; readonly response: string };

export type BeginResult = { readonly state: 'started' } | IdempotencyRecord;

/**
 * Store for idempotency keys. `scope` keeps keys of different callers and mutations apart
 * (e.g. "customer-1:createPixCharge").
 */
export interface IdempotencyStore {
  /**
   * Atomically creates an in-progress record, or returns the existing one.
   * An in-progress record older than `leaseMs` is taken over (its holder died) and counts as started.
   */
  begin(scope: string, key: string, requestHash: string, leaseMs: number): Promise<BeginResult>;
  /** Stores the serialized result; the record then lives for the store's retention period. */
  complete(scope: string, key: string, response: string): Promise<void>;
  /** Forgets an in-progress record after a failure, so the client may retry with the same key. */
  release(scope: string, key: string): Promise<void>;
}

export type ClaimResult = 'claimed' | 'already-processed' | 'busy';

/**
 * Store of event ids a consumer has handled, so that an event is applied at most once
 * even when the broker delivers it again.
 */
export interface ProcessedEventStore {
  /** Atomically marks (consumer, eventId) as being processed; 'busy' when another worker holds a live claim. */
  claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult>;
  complete(consumer: string, eventId: string): Promise<void>;
  release(consumer: string, eventId: string): Promise<void>;
}
