import type { BusinessDate } from '@bank/kernel';
import type { Page, PageRequest } from '@bank/kernel';
import { CachedAggregateStore, type ReadThroughCache } from '@bank/platform';
import type { LoanRepository, StoredLoan } from '../../application/ports';
import type { LoanAggregate, LoanStatus } from '../../domain';

/**
 * Serves `get` and `getMany` (the reads of GraphQL) from Redis (see CachedAggregateStore); every
 * write invalidates the loan. Changes read with `getForUpdate`, from the store.
 */
export class CachedLoanRepository extends CachedAggregateStore<LoanAggregate, LoanRepository> implements LoanRepository {
  constructor(store: LoanRepository, cache: ReadThroughCache<StoredLoan>) {
    super(store, cache, (loan) => loan.loan.id);
  }

  getForUpdate(id: string): Promise<StoredLoan | null> {
    return this.store.getForUpdate(id);
  }

  /** From the store: the cache knows loans by id only. */
  findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]> {
    return this.store.findByChargeTxids(txids);
  }

  listByCustomer(customerId: string, status: LoanStatus | null, page: PageRequest): Promise<Page<StoredLoan>> {
    return this.store.listByCustomer(customerId, status, page);
  }

  countOverdue(today: BusinessDate): Promise<number> {
    return this.store.countOverdue(today);
  }

  listAutoDebitDue(today: BusinessDate, limit: number): Promise<readonly string[]> {
    return this.store.listAutoDebitDue(today, limit);
  }
}
