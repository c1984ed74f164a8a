import { UNSAVED, type Stored } from '@bank/kernel';
import { createRedis, ReadThroughCache } from '@bank/platform';
import { eventually, testEndpoints } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import type { ChargeRepository } from '../../src/application/ports';
import { Charge, type ActiveCharge } from '../../src/domain';
import { CHARGE_CACHE, CachedChargeRepository } from '../../src/infrastructure/cache/cached-charge-repository';
import { DynamoDbChargeRepository } from '../../src/infrastructure/dynamodb/charge-repository';
import { newCharge, payCharge, rejectionCode } from './support/fixtures';
import { createPixTable, type TestPixTable } from './support/pix-table';

const logger = pino({ level: 'silent' });
const redis = createRedis(testEndpoints.redisUrl, { logger });

/** The real repository, counting the reads that reach it. */
class CountingRepository extends DynamoDbChargeRepository {
  readonly reads: string[][] = [];

  override get(txid: string): Promise<Stored<Charge> | null> {
    this.reads.push([txid]);
    return super.get(txid);
  }

  override getMany(txids: readonly string[]): Promise<ReadonlyMap<string, Stored<Charge>>> {
    this.reads.push([...txids]);
    return super.getMany(txids);
  }
}

let table: TestPixTable;
let store: CountingRepository;
let charges: ChargeRepository;

beforeAll(async () => {
  table = await createPixTable('pix-charge-cache');
  await eventually(() => expect(redis.status).toBe('ready'));
});
let cache: ReadThroughCache<Stored<Charge>>;
beforeEach(() => {
  store = new CountingRepository({ client: table.client, tableName: table.tableName });
  // The second invalidation after each save is the cache's own concern (tested with it); here it would
  // drop, at a moment that depends on the machine's load, the entries these tests read back.
  cache = new ReadThroughCache({
    redis,
    ...CHARGE_CACHE,
    codec: DynamoDbChargeRepository.codec,
    registry: new Registry(),
    logger,
    secondInvalidationMs: 60_000,
  });
  charges = new CachedChargeRepository(store, cache);
});
afterEach(() => cache.close());
afterAll(async () => {
  await table.drop();
  await redis.quit();
});

async function created(repository: ChargeRepository): Promise<Stored<ActiveCharge>> {
  const { state, events } = newCharge({ reference: { source: 'loans', id: 'installment-3' } });
  return { ...state, version: (await repository.save(state, UNSAVED, events)).version };
}

const cacheKey = (txid: string) => `cache:${CHARGE_CACHE.name}:${txid}`;

describe('CachedChargeRepository', () => {
  it('reads a charge through the cache: the store answers the first read only', async () => {
    const charge = await created(charges);

    expect(await charges.get(charge.txid)).toEqual(charge);
    expect(await charges.get(charge.txid)).toEqual(charge);
    expect(store.reads).toEqual([[charge.txid]]);
    const ttl = await redis.ttl(cacheKey(charge.txid));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
  });

  it('reads many through the cache, loading only the misses in one batch', async () => {
    const [a, b] = [await created(charges), await created(charges)];
    await charges.get(a.txid);

    const found = await charges.getMany([a.txid, b.txid, 'unknown']);
    expect(found).toEqual(
      new Map([
        [a.txid, a],
        [b.txid, b],
      ]),
    );
    await charges.getMany([a.txid, b.txid]);
    expect(store.reads).toEqual([[a.txid], [b.txid, 'unknown']]);
  });

  it('drops the entry after an update, so the next read sees the new state', async () => {
    const charge = await created(charges);
    await charges.get(charge.txid);
    const paid = payCharge(charge, new Date());
    await charges.save(paid.state, 1, paid.events);

    expect(await redis.exists(cacheKey(charge.txid))).toBe(0);
    expect(await charges.get(charge.txid)).toEqual({ ...paid.state, version: 2 });
  });

  it('drops a stale entry when an update conflicts, so that a retry can succeed', async () => {
    const charge = await created(charges);
    await charges.get(charge.txid);
    const removed = Charge.remove(charge, 'PSP', new Date());
    await store.save(removed.state, 1, removed.events); // a write the cache did not see
    expect(await charges.get(charge.txid)).toEqual(charge);

    const paid = payCharge(charge, new Date());
    expect(await rejectionCode(charges.save(paid.state, 1, paid.events))).toBe('CONFLICT');
    expect(await charges.get(charge.txid)).toEqual({ ...removed.state, version: 2 });
  });

  it('passes the other reads to the repository', async () => {
    const charge = await created(charges);
    expect(await charges.findByReference({ source: 'loans', id: 'installment-3' })).toMatchObject({ reference: charge.reference });
    expect(store.reads).toEqual([]);
  });
});
