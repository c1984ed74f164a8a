import type { ReadThroughCache } from '@bank/cache';
import type { DomainEvent } from '@bank/domain';
import type { Page, PageRequest, PolicyRecord, PolicyRepository } from '../../application/ports';

/**
 * A read that loaded the old state just before a write can store it in Redis just after the write's
 * invalidation; a second invalidation a little later drops such an entry.
 */
const SECOND_INVALIDATION_MS = 1_000;

/**
 * Policies by id through Redis. Every write invalidates the entry, and so does a CONFLICT: a stale
 * entry (left by an invalidation that failed while Redis was away) is dropped by the first change it
 * spoils, so the retry reads the store. Listings always read the store.
 */
export class CachedPolicyRepository implements PolicyRepository {
  private readonly pending = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: PolicyRepository,
    private readonly cache: ReadThroughCache<PolicyRecord>,
  ) {}

  async create(record: PolicyRecord, events: readonly DomainEvent[]): Promise<void> {
    await this.invalidatingAfter(record.policy.id, () => this.store.create(record, events));
  }

  async update(record: PolicyRecord, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    await this.invalidatingAfter(record.policy.id, () => this.store.update(record, expectedVersion, events));
  }

  get(id: string): Promise<PolicyRecord | null> {
    return this.cache.get(id, (missing) => this.store.get(missing));
  }

  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, PolicyRecord>> {
    return this.cache.getMany(ids, (missing) => this.store.getMany(missing));
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<PolicyRecord>> {
    return this.store.listByOwner(customerId, page);
  }

  /** Drops the second invalidations still to come (at shutdown). */
  close(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  private async invalidatingAfter(id: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } finally {
      await this.cache.invalidate(id);
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        void this.cache.invalidate(id);
      }, SECOND_INVALIDATION_MS);
      timer.unref();
      this.pending.add(timer);
    }
  }
}
