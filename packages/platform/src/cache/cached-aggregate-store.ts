import type { AggregateStore, DomainEvent, Stored } from '@bank/kernel';
import type { ReadThroughCache } from './read-through-cache';

/**
 * An aggregate store whose reads by id go through Redis; every other read belongs to the store.
 * A save drops the aggregate's entry whether it succeeds or not: after a lost race (StaleVersionError)
 * the cached copy may be the stale one, and keeping it would make every retry lose again until it
 * expires. Repositories extend it with their own finders, passed to `store`.
 */
export class CachedAggregateStore<A, Store extends AggregateStore<A> = AggregateStore<A>> implements AggregateStore<A> {
  constructor(
    protected readonly store: Store,
    private readonly cache: ReadThroughCache<Stored<A>>,
    private readonly idOf: (aggregate: A) => string,
  ) {}

  async save(next: A, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<A>> {
    try {
      return await this.store.save(next, expectedVersion, events);
    } finally {
      await this.cache.invalidate(this.idOf(next));
    }
  }

  get(id: string): Promise<Stored<A> | null> {
    return this.cache.get(id, (missing) => this.store.get(missing));
  }

  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<A>>> {
    return this.cache.getMany(ids, (missing) => this.store.getMany(missing));
  }
}
