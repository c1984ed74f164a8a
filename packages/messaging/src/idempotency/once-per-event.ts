import type { ProcessedEventStore } from './ports';

/** Another worker is handling the same event right now; redeliver it later (by then it is done, or its lease is over). */
export class EventInProgressError extends Error {
  constructor(consumer: string, eventId: string) {
    super(`Event ${eventId} is being handled by another ${consumer} worker`);
    this.name = 'EventInProgressError';
  }
}

export interface OncePerEventOptions {
  /** How long a handler may run before another worker may take the event over. 60 s by default. */
  readonly leaseMs?: number;
}

/**
 * Wraps a consumer's handler so that redeliveries of an event id are deduplicated: an event already
 * handled is skipped (resolves, so it is acknowledged); one being handled elsewhere throws
 * EventInProgressError (retry); a handler failure releases the event and rethrows.
 *
 * Not exactly once: should the worker crash, or outlive `leaseMs`, after the handler's writes but before
 * the event is marked handled, the next delivery runs the handler again once the lease is over. Handlers
 * must therefore be idempotent by state (e.g. a conditional write that a second run finds already applied).
 * A worker that lost its claim that way still resolves: its `complete` is refused (the new holder's claim
 * stays intact) and the new holder finishes the event.
 */
export function oncePerEvent<Event extends { readonly id: string }, Rest extends unknown[]>(
  store: ProcessedEventStore,
  consumer: string,
  handler: (event: Event, ...rest: Rest) => Promise<void>,
  { leaseMs = 60_000 }: OncePerEventOptions = {},
): (event: Event, ...rest: Rest) => Promise<void> {
  return async (event, ...rest) => {
    const claim = await store.claim(consumer, event.id, leaseMs);
    if (claim.outcome === 'already-processed') return;
    if (claim.outcome === 'busy') throw new EventInProgressError(consumer, event.id);
    try {
      await handler(event, ...rest);
    } catch (error) {
      // Should the release fail too, the lease frees the event later; the handler's error is the one to report.
      await store.release(consumer, event.id, claim.token).catch(() => undefined);
      throw error;
    }
    // false: the lease ran out and another worker holds the event now; it completes it, nothing to undo here.
    await store.complete(consumer, event.id, claim.token);
  };
}
