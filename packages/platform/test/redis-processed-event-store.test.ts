import { randomUUID } from 'node:crypto';
import type { ClaimResult } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { eventually, ManualClock, testEndpoints } from '@bank/testing';
import { createRedis, RedisProcessedEventStore } from '../src';

const LEASE_MS = 60_000;
const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

function tokenOf(claim: ClaimResult): string {
  if (claim.outcome !== 'claimed') throw new Error(`Expected to claim the event, got ${claim.outcome}`);
  return claim.token;
}

const outcomes = (claims: readonly ClaimResult[]) => claims.map((claim) => claim.outcome);

describe('RedisProcessedEventStore', () => {
  // Twenty concurrent scripts on a busy machine take longer than the cache's 250 ms default.
  const redis = createRedis(testEndpoints.redisUrl, { logger: createLogger({ service: 'processed-events-test', level: 'silent' }), commandTimeoutMs: 5_000 });
  let clock: ManualClock;
  let store: RedisProcessedEventStore;

  beforeAll(() => eventually(() => expect(redis.status).toBe('ready')));
  beforeEach(() => {
    clock = new ManualClock('2026-03-02T12:00:00.000Z');
    store = new RedisProcessedEventStore({ redis, retentionMs: RETENTION_MS, clock });
  });
  afterAll(() => redis.quit());

  it('claims an event once; another worker finds it busy', async () => {
    const eventId = randomUUID();
    expect(await store.claim('loans-projector', eventId, LEASE_MS)).toEqual({ outcome: 'claimed', token: expect.any(String) });
    expect(await store.claim('loans-projector', eventId, LEASE_MS)).toEqual({ outcome: 'busy' });
  });

  it('reports a completed event as already processed', async () => {
    const eventId = randomUUID();
    expect(await store.complete('c', eventId, tokenOf(await store.claim('c', eventId, LEASE_MS)))).toBe(true);
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('lets a released event be claimed again, but not a completed one', async () => {
    const [released, completed] = [randomUUID(), randomUUID()];
    expect(await store.release('c', released, tokenOf(await store.claim('c', released, LEASE_MS)))).toBe(true);
    expect(await store.claim('c', released, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
    const token = tokenOf(await store.claim('c', completed, LEASE_MS));
    await store.complete('c', completed, token);
    expect(await store.release('c', completed, token)).toBe(false);
    expect(await store.claim('c', completed, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('hands the event to another worker once the lease has expired, and not before', async () => {
    const eventId = randomUUID();
    await store.claim('c', eventId, LEASE_MS);
    clock.advance(LEASE_MS - 1);
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'busy' });
    clock.advance(1);
    expect(await store.claim('c', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'busy' });
  });

  it("refuses the complete and the release of a worker whose claim was taken over, and keeps the new worker's claim", async () => {
    const eventId = randomUUID();
    const stale = tokenOf(await store.claim('c', eventId, LEASE_MS));
    clock.advance(LEASE_MS);
    const current = tokenOf(await store.claim('c', eventId, LEASE_MS));

    expect(await store.complete('c', eventId, stale)).toBe(false);
    expect(await store.release('c', eventId, stale)).toBe(false);
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'busy' });

    expect(await store.complete('c', eventId, current)).toBe(true);
    expect(await store.release('c', eventId, current)).toBe(false);
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('lets a late worker complete its claim when nobody took it over', async () => {
    const eventId = randomUUID();
    const token = tokenOf(await store.claim('c', eventId, LEASE_MS));
    clock.advance(LEASE_MS);
    expect(await store.complete('c', eventId, token)).toBe(true);
    expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('settles a late completion racing twenty takeovers one way only: completed, or taken over by exactly one', async () => {
    for (let round = 0; round < 5; round++) {
      const eventId = randomUUID();
      const stale = tokenOf(await store.claim('c', eventId, LEASE_MS));
      clock.advance(LEASE_MS);

      const [completed, ...claims] = await Promise.all([
        store.complete('c', eventId, stale),
        ...Array.from({ length: 20 }, () => store.claim('c', eventId, LEASE_MS)),
      ]);

      const claimed = outcomes(claims).filter((outcome) => outcome === 'claimed');
      expect(claimed).toHaveLength(completed ? 0 : 1);
      expect(await store.claim('c', eventId, LEASE_MS)).toEqual({ outcome: completed ? 'already-processed' : 'busy' });
    }
  });

  it('forgets a processed event after the retention period', async () => {
    const eventId = randomUUID();
    await store.complete('c', eventId, tokenOf(await store.claim('c', eventId, LEASE_MS)));
    clock.advance(RETENTION_MS);
    expect(await store.claim('c', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });

  it('keeps consumers apart', async () => {
    const eventId = randomUUID();
    expect(await store.claim('projector', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
    expect(await store.claim('notifier', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });

  it('gives exactly one of twenty concurrent claims of one event id the claim', async () => {
    const eventId = randomUUID();
    const results = outcomes(await Promise.all(Array.from({ length: 20 }, () => store.claim('c', eventId, LEASE_MS))));
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'busy')).toHaveLength(19);
  });

  it('gives an expired claim to exactly one of twenty concurrent workers', async () => {
    for (let round = 0; round < 5; round++) {
      const eventId = randomUUID();
      await store.claim('c', eventId, LEASE_MS);
      clock.advance(LEASE_MS);
      const results = outcomes(await Promise.all(Array.from({ length: 20 }, () => store.claim('c', eventId, LEASE_MS))));
      expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    }
  });

  it('refuses to complete an event that was never claimed, and records nothing', async () => {
    const eventId = randomUUID();
    expect(await store.complete('c', eventId, randomUUID())).toBe(false);
    expect(await store.claim('c', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });

  it('lets Redis forget a handled event with its retention (no purge job)', async () => {
    const eventId = randomUUID();
    const short = new RedisProcessedEventStore({ redis, retentionMs: 60_000 });
    await short.complete('ttl', eventId, tokenOf(await short.claim('ttl', eventId, LEASE_MS)));
    const ttl = await redis.pttl(`processed-event:ttl:${eventId}`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
