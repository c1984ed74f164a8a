/*
 * What the stores guarantee: each key / event id is claimed by one holder at a time, and a claim is
 * only completed or released by its holder (the token it got). Once a lease is over the next request may
 * take the claim over; the former holder's complete/release then change nothing and return false. So work is
 * deduplicated, not done exactly once: a holder that crashes (or stalls past its lease) after its
 * side effects but before `complete` has them run again by the next holder.
 */

/** A mutation's idempotency record, as the store holds it. */
export type IdempotencyRecord =
  { readonly state: 'in-progress'; readonly requestHash: string } | { readonly state: 'completed'; readonly requestHash: string; readonly response: string };

/** `started`: the caller holds the key, and only its `token` completes or releases it. */
export type BeginResult = { readonly state: 'started'; readonly token: string } | IdempotencyRecord;

/**
 * Store for idempotency keys. `scope` keeps keys of different callers and mutations apart
 * (e.g. "customer-1:createPixCharge").
 */
export interface IdempotencyStore {
  /**
   * Atomically creates an in-progress record under a new token, or returns the existing record.
   * An in-progress record older than `leaseMs` is taken over (its holder is presumed dead) and counts as started.
   */
  begin(scope: string, key: string, requestHash: string, leaseMs: number): Promise<BeginResult>;
  /**
   * Stores the serialized result if `token` still holds the in-progress record; the record then lives for
   * the store's retention period. false (nothing written) when the claim was taken over, released or never existed.
   */
  complete(scope: string, key: string, token: string, response: string): Promise<boolean>;
  /**
   * Forgets the in-progress record held by `token` after a failure, so the client may retry with the same key.
   * false (nothing deleted) when `token` no longer holds it, or it is completed.
   */
  release(scope: string, key: string, token: string): Promise<boolean>;
}

export type ClaimResult = { readonly outcome: 'claimed'; readonly token: string } | { readonly outcome: 'already-processed' } | { readonly outcome: 'busy' };

/**
 * Store of event ids a consumer has handled, so that a redelivered event is not handled again
 * (deduplication by event id; see the guarantee above).
 */
export interface ProcessedEventStore {
  /**
   * Atomically marks (consumer, eventId) as being processed under a new token; 'busy' when another worker
   * holds a live claim. A claim older than `leaseMs` is taken over.
   */
  claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult>;
  /** Marks the event handled if `token` still holds its claim; false (nothing written) otherwise. */
  complete(consumer: string, eventId: string, token: string): Promise<boolean>;
  /** Drops the claim held by `token` so a redelivery handles the event; false (nothing deleted) otherwise. */
  release(consumer: string, eventId: string, token: string): Promise<boolean>;
}
