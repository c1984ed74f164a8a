import { CachedAggregateStore, type ReadThroughCache } from '@bank/platform';
import type { Stored } from '@bank/kernel';
import type { CalendarDate } from '../../domain';
import type { Page, PageRequest, PolicyRecord, PolicyRepository } from '../../application/ports';

/**
 * Policies by id through Redis (see CachedAggregateStore): a stale entry (left by an invalidation that
 * failed while Redis was away) is dropped by the first change it spoils, so the retry reads the store.
 * Listings always read the store.
 */
export class CachedPolicyRepository extends CachedAggregateStore<PolicyRecord, PolicyRepository> implements PolicyRepository {
  constructor(
    store: PolicyRepository,
    private readonly policies: ReadThroughCache<Stored<PolicyRecord>>,
  ) {
    super(store, policies, (record) => record.policy.id);
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<PolicyRecord>>> {
    return this.store.listByOwner(customerId, page);
  }

  dueForCharge(dueBy: CalendarDate, limit: number): Promise<readonly Stored<PolicyRecord>[]> {
    return this.store.dueForCharge(dueBy, limit);
  }

  dueForAutoDebit(dueBy: CalendarDate, limit: number): Promise<readonly Stored<PolicyRecord>[]> {
    return this.store.dueForAutoDebit(dueBy, limit);
  }

  /** Drops the second invalidations still to come (at shutdown). */
  close(): void {
    this.policies.close();
  }
}
