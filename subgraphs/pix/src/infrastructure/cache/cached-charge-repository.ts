import type { ReadThroughCache } from '@bank/platform';
import type { DomainEvent } from '@bank/kernel';
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
    private readonly cache: ReadThroughCache<Charge>,
  ) {}

  async create(charge: ActiveCharge, events: readonly DomainEvent[]): Promise<void> {
    try {
      await this.charges.create(charge, events);
    } finally {
      await this.cache.invalidate(charge.txid);
    }
  }

  async update(charge: Charge, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    try {
      await this.charges.update(charge, expectedVersion, events);
    } finally {
      await this.cache.invalidate(charge.txid);
    }
  }

  get(txid: string): Promise<Charge | null> {
    return this.cache.get(txid, (id) => this.charges.get(id));
  }

  getMany(txids: readonly string[]): Promise<ReadonlyMap<string, Charge>> {
    return this.cache.getMany(txids, (missing) => this.charges.getMany(missing));
  }

  findByEndToEndId(endToEndId: string): Promise<Charge | null> {
    return this.charges.findByEndToEndId(endToEndId);
  }

  findByReference(reference: ChargeReference): Promise<Charge | null> {
    return this.charges.findByReference(reference);
  }

  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Charge>> {
    return this.charges.listByReceiver(customerId, page);
  }

  dueForExpiry(now: Date, limit: number): Promise<readonly ActiveCharge[]> {
    return this.charges.dueForExpiry(now, limit);
  }
}
