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

/** Where a page is, as Relay's PageInfo says it. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  /** Whether the page was read after an item (forward paging answers this; there is no `last`/`before`). */
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** A page of a listing, shaped as a Relay connection. Cursors are opaque; pass one as `after`. */
export interface Page<T> {
  readonly edges: readonly { readonly node: T; readonly cursor: string }[];
  readonly pageInfo: PageInfo;
}

/** Which page of a listing: at most `first` items, after the item whose cursor is `after` (from the start when null). */
export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

/** The most items one page may ask for. */
export const MAX_PAGE_SIZE = 100;

export const EMPTY_PAGE: Page<never> = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };

/**
 * The page of `edges` read after the cursor `after`: its start and end cursors are its first and
 * last edges' unless `endCursor` says where reading continues (past items a filter skipped).
 */
export function pageOf<T>(
  edges: Page<T>['edges'],
  { after, hasNextPage, endCursor = edges.at(-1)?.cursor ?? null }: { after: string | null; hasNextPage: boolean; endCursor?: string | null },
): Page<T> {
  return { edges, pageInfo: { hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor } };
}

/** A page request from client arguments: `first` 1 to MAX_PAGE_SIZE (20 when omitted). */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, 'first');
  return { first: size, after: after ?? null };
}
