import type { ReadThroughCache } from '@bank/platform';
import type { DomainEvent, Stored } from '@bank/kernel';
import type { ChargeRepository, Page, PageRequest } from '../../application/ports';
import type { ActiveCharge, Charge, ChargeReference } from '../../domain';

/** The cache the decorator expects: charges by txid, JSON-encoded (DynamoDbChargeRepository.codec). */
export const CHARGE_CACHE = { name: 'pix-charge', ttlSeconds: 300 } as const;

/**
 * Reads charges by txid through a cache; every other read goes to the repository. A write drops the
 * charge's entry whether it succeeds or not: a CONFLICT means the cached copy may be the stale one
 * (a read that raced a write can store it after the write's invalidation), and keeping it would
 * make every retry conflict again until the entry expires.
 */
export class CachedChargeRepository implements ChargeRepository {
  constructor(
    private readonly charges: ChargeRepository,
    private readonly cache: ReadThroughCache<Stored<Charge>>,
  ) {}

  async save(charge: Charge, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<Charge>> {
    try {
      return await this.charges.save(charge, expectedVersion, events);
    } finally {
      await this.cache.invalidate(charge.txid);
    }
  }

  get(txid: string): Promise<Stored<Charge> | null> {
    return this.cache.get(txid, (id) => this.charges.get(id));
  }

  getMany(txids: readonly string[]): Promise<ReadonlyMap<string, Stored<Charge>>> {
    return this.cache.getMany(txids, (missing) => this.charges.getMany(missing));
  }

  findByEndToEndId(endToEndId: string): Promise<Stored<Charge> | null> {
    return this.charges.findByEndToEndId(endToEndId);
  }

  findByReference(reference: ChargeReference): Promise<Stored<Charge> | null> {
    return this.charges.findByReference(reference);
  }

  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Stored<Charge>>> {
    return this.charges.listByReceiver(customerId, page);
  }

  dueForExpiry(now: Date, limit: number): Promise<readonly Stored<ActiveCharge>[]> {
    return this.charges.dueForExpiry(now, limit);
  }
}
