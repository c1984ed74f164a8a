import type { ReadThroughCache } from '@bank/platform';
import type { DomainEvent, Stored } from '@bank/kernel';
import type { CalendarDate } from '../../domain';
import type { Page, PageRequest, PolicyRecord, PolicyRepository } from '../../application/ports';

/**
 * Policies by id through Redis. Every write invalidates the entry, and so does a CONFLICT: a stale
 * entry (left by an invalidation that failed while Redis was away) is dropped by the first change it
 * spoils, so the retry reads the store. Listings always read the store.
 */
export class CachedPolicyRepository implements PolicyRepository {
  constructor(
    private readonly store: PolicyRepository,
    private readonly cache: ReadThroughCache<Stored<PolicyRecord>>,
  ) {}

  async save(record: PolicyRecord, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<PolicyRecord>> {
    try {
      return await this.store.save(record, expectedVersion, events);
    } finally {
      await this.cache.invalidate(record.policy.id);
    }
  }

  get(id: string): Promise<Stored<PolicyRecord> | null> {
    return this.cache.get(id, (missing) => this.store.get(missing));
  }

  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<PolicyRecord>>> {
    return this.cache.getMany(ids, (missing) => this.store.getMany(missing));
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<PolicyRecord>>> {
    return this.store.listByOwner(customerId, page);
  }

  dueForCharge(dueBy: CalendarDate, limit: number): Promise<readonly Stored<PolicyRecord>[]> {
    return this.store.dueForCharge(dueBy, limit);
  }

  /** Drops the second invalidations still to come (at shutdown). */
  close(): void {
    this.cache.close();
  }
}
