import { badInput } from './errors';

/**
 * A fact an aggregate records when its state changes. The repository stores it with the state
 * (outbox) and wraps it in a CloudEvent; `data` must be plain JSON (amounts as decimal strings).
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  /** The aggregate the event is about (a txid, a loan id). */
  readonly subject: string;
  readonly data: Data;
  readonly occurredAt: Date;
}

/** The outcome of a state transition: the aggregate's new state and the events it recorded. */
export interface Transition<State, Event extends DomainEvent = DomainEvent> {
  readonly state: State;
  readonly events: readonly Event[];
}

/** Time as the application sees it; tests pass a fixed clock instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A page of a listing, shaped as a Relay connection. Cursors are opaque; pass one as `after`. */
export interface Page<T> {
  readonly edges: readonly { readonly node: T; readonly cursor: string }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** Which page of a listing: at most `first` items, after the item whose cursor is `after` (from the start when null). */
export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

/** The most items one page may ask for. */
export const MAX_PAGE_SIZE = 100;

export const EMPTY_PAGE: Page<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** A page request from client arguments: `first` 1 to MAX_PAGE_SIZE (20 when omitted). */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, 'first');
  return { first: size, after: after ?? null };
}
