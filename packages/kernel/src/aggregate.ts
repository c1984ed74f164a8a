import type { DomainEvent } from './domain';
import { StaleVersionError } from './errors';

/** The version of an aggregate the store does not hold yet: saving from it creates the aggregate, at version 1. */
export const UNSAVED = 0;

/** An aggregate as a store returns it: its state, and the version the store keeps for it (the optimistic lock). */
export type Stored<A> = A & { readonly version: number };

/**
 * Where an aggregate lives: the one port every subgraph's repositories extend, implemented once per
 * store (`@bank/store-dynamodb`, `@bank/store-mongo`, `@bank/store-postgres`). Domain states carry no version: the store
 * reads it with the state and raises it by one on every save.
 */
export interface AggregateStore<A> {
  get(id: string): Promise<Stored<A> | null>;
  /** The aggregates found, by id, in one round trip (entity references). */
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<A>>>;
  /**
   * Saves `next` with the events of its change in one write (the outbox), on condition that the
   * stored version is still `expectedVersion` (UNSAVED: that none is stored). StaleVersionError when
   * another write came first (CONFLICT when creating an aggregate that exists); nothing is written then.
   */
  save(next: A, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<A>>;
}

const STALE_ATTEMPTS = 5;

/**
 * Runs `attempt` again while a concurrent write makes what it read stale (StaleVersionError), a few
 * times: `attempt` reads the aggregate afresh each time, so that the outcome of an event or a request
 * is applied to the latest state instead of lost to the race.
 */
export async function retryWhileStale<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleVersionError) || tries >= STALE_ATTEMPTS) throw error;
    }
  }
}
