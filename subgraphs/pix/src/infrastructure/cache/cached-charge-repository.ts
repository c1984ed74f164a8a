import { CachedAggregateStore, type ReadThroughCache } from '@bank/platform';
import type { Stored } from '@bank/kernel';
import type { ChargeRepository, Page, PageRequest } from '../../application/ports';
import type { ActiveCharge, Charge, ChargeReference } from '../../domain';

/** The cache the decorator expects: charges by txid, JSON-encoded (DynamoDbChargeRepository.codec). */
export const CHARGE_CACHE = { name: 'pix-charge', ttlSeconds: 300 } as const;

/** Reads charges by txid through a cache (see CachedAggregateStore); every other read goes to the repository. */
export class CachedChargeRepository extends CachedAggregateStore<Charge, ChargeRepository> implements ChargeRepository {
  constructor(charges: ChargeRepository, cache: ReadThroughCache<Stored<Charge>>) {
    super(charges, cache, (charge) => charge.txid);
  }

  findByEndToEndId(endToEndId: string): Promise<Stored<Charge> | null> {
    return this.store.findByEndToEndId(endToEndId);
  }

  findByReference(reference: ChargeReference): Promise<Stored<Charge> | null> {
    return this.store.findByReference(reference);
  }

  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Stored<Charge>>> {
    return this.store.listByReceiver(customerId, page);
  }

  dueForExpiry(now: Date, limit: number): Promise<readonly Stored<ActiveCharge>[]> {
    return this.store.dueForExpiry(now, limit);
  }
}
