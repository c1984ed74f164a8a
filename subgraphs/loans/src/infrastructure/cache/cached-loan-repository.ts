import type { ReadThroughCache } from '@bank/platform';
import type { DomainEvent } from '@bank/kernel';
import type { LoanRepository, StoredLoan } from '../../application/ports';
import type { LoanAggregate, LoanStatus, LocalDate } from '../../domain';

/**
 * Serves `get` and `getMany` (the reads of GraphQL) from Redis; every write invalidates the loan
 * (the cache drops it once more a moment later, for a read that raced the write). Changes read with
 * `getForUpdate`, from the store.
 */
export class CachedLoanRepository implements LoanRepository {
  constructor(
    private readonly store: LoanRepository,
    private readonly cache: ReadThroughCache<StoredLoan>,
  ) {}

  async save(loan: LoanAggregate, expectedVersion: number, events: readonly DomainEvent[]): Promise<StoredLoan> {
    return this.invalidating(loan.loan.id, await this.store.save(loan, expectedVersion, events));
  }

  getForUpdate(id: string): Promise<StoredLoan | null> {
    return this.store.getForUpdate(id);
  }

  get(id: string): Promise<StoredLoan | null> {
    return this.cache.get(id, (missing) => this.store.get(missing));
  }

  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, StoredLoan>> {
    return this.cache.getMany(ids, (missing) => this.store.getMany(missing));
  }

  /** From the store: the cache knows loans by id only. */
  findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]> {
    return this.store.findByChargeTxids(txids);
  }

  listByCustomer(customerId: string, status: LoanStatus | null): Promise<readonly StoredLoan[]> {
    return this.store.listByCustomer(customerId, status);
  }

  countOverdue(today: LocalDate): Promise<number> {
    return this.store.countOverdue(today);
  }

  private async invalidating(id: string, saved: StoredLoan): Promise<StoredLoan> {
    await this.cache.invalidate(id);
    return saved;
  }
}
