import type { BeginResult } from '@bank/messaging';
import { MongoIdempotencyStore, type Mongo } from '../src';
import { ManualClock } from '@bank/testing';
import { openTestDatabase } from './support';

const LEASE_MS = 30_000;
const RETENTION_MS = 24 * 60 * 60 * 1000;

function tokenOf(begun: BeginResult): string {
  if (begun.state !== 'started') throw new Error(`Expected to start the key, got ${begun.state}`);
  return begun.token;
}

describe('MongoIdempotencyStore', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let mongo: Mongo;
  let clock: ManualClock;
  let store: MongoIdempotencyStore;
  let key = 0;
  const nextKey = () => `key-${++key}`;

  beforeAll(async () => {
    database = await openTestDatabase('mongo-idempotency');
    mongo = await database.connect();
  });
  beforeEach(() => {
    clock = new ManualClock('2026-03-02T12:00:00.000Z');
    store = new MongoIdempotencyStore({ connection: mongo.connection, retentionMs: RETENTION_MS, clock });
  });
  afterAll(() => database.drop());

  it('starts a new key, then reports it in progress with its request hash', async () => {
    const k = nextKey();
    expect(await store.begin('customer-1:requestLoan', k, 'hash-a', LEASE_MS)).toEqual({ state: 'started', token: expect.any(String) });
    expect(await store.begin('customer-1:requestLoan', k, 'hash-b', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-a' });
  });

  it('answers a completed key with the stored response', async () => {
    const k = nextKey();
    expect(await store.complete('s', k, tokenOf(await store.begin('s', k, 'hash-a', LEASE_MS)), '{"loanId":"l-1"}')).toBe(true);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toEqual({ state: 'completed', requestHash: 'hash-a', response: '{"loanId":"l-1"}' });
  });

  it('forgets a released key, so the client may retry it', async () => {
    const k = nextKey();
    expect(await store.release('s', k, tokenOf(await store.begin('s', k, 'hash-a', LEASE_MS)))).toBe(true);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('keeps a completed key when released', async () => {
    const k = nextKey();
    const token = tokenOf(await store.begin('s', k, 'hash-a', LEASE_MS));
    await store.complete('s', k, token, '1');
    expect(await store.release('s', k, token)).toBe(false);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toMatchObject({ state: 'completed' });
  });

  it('lets a request take over a key whose holder outlived its lease, and not before', async () => {
    const k = nextKey();
    await store.begin('s', k, 'hash-a', LEASE_MS);
    clock.advance(LEASE_MS - 1);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-a' });
    clock.advance(1);
    expect(await store.begin('s', k, 'hash-b', LEASE_MS)).toMatchObject({ state: 'started' });
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-b' });
  });

  it("refuses the complete and the release of a holder whose key was taken over, and keeps the new holder's record", async () => {
    const k = nextKey();
    const stale = tokenOf(await store.begin('s', k, 'hash-a', LEASE_MS));
    clock.advance(LEASE_MS);
    const current = tokenOf(await store.begin('s', k, 'hash-b', LEASE_MS));

    expect(await store.complete('s', k, stale, '"stale"')).toBe(false);
    expect(await store.release('s', k, stale)).toBe(false);
    expect(await store.begin('s', k, 'hash-c', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-b' });

    expect(await store.complete('s', k, current, '"current"')).toBe(true);
    expect(await store.release('s', k, stale)).toBe(false);
    expect(await store.begin('s', k, 'hash-b', LEASE_MS)).toEqual({ state: 'completed', requestHash: 'hash-b', response: '"current"' });
  });

  it('forgets a completed key after the retention period', async () => {
    const k = nextKey();
    await store.complete('s', k, tokenOf(await store.begin('s', k, 'hash-a', LEASE_MS)), '1');
    clock.advance(RETENTION_MS - 1);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toMatchObject({ state: 'completed' });
    clock.advance(1);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('keeps the same key of different scopes apart', async () => {
    const k = nextKey();
    expect(await store.begin('customer-1:requestLoan', k, 'h', LEASE_MS)).toMatchObject({ state: 'started' });
    expect(await store.begin('customer-2:requestLoan', k, 'h', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('refuses to complete a key that was never begun, and records nothing', async () => {
    const k = nextKey();
    expect(await store.complete('s', k, 'not-a-token', '1')).toBe(false);
    expect(await store.begin('s', k, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('starts a key for exactly one of twenty concurrent requests', async () => {
    const k = nextKey();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.begin('s', k, 'h', LEASE_MS)));
    expect(results.filter((result) => result.state === 'started')).toHaveLength(1);
    expect(results.filter((result) => result.state === 'in-progress')).toHaveLength(19);
  });

  it('hands an expired lease to exactly one of twenty concurrent requests', async () => {
    const k = nextKey();
    await store.begin('s', k, 'h', LEASE_MS);
    clock.advance(LEASE_MS);
    const results = await Promise.all(Array.from({ length: 20 }, () => store.begin('s', k, 'h', LEASE_MS)));
    expect(results.filter((result) => result.state === 'started')).toHaveLength(1);
  });

  it('creates a TTL index on expiresAt where the server has them', async () => {
    const retention = await store.ensureIndexes();
    const indexes = await mongo.connection.collection('idempotency_keys').listIndexes().toArray();
    const ttl = indexes.find((index) => index.name === 'expiresAt_ttl');
    if (retention === 'ttl-index') expect(ttl).toMatchObject({ key: { expiresAt: 1 }, expireAfterSeconds: 0 });
    else expect(ttl).toBeUndefined();
  });

  it('purges the keys past their retention, and only those', async () => {
    const [old, fresh] = [nextKey(), nextKey()];
    await store.complete('purge', old, tokenOf(await store.begin('purge', old, 'hash-a', LEASE_MS)), '1');
    clock.advance(RETENTION_MS / 2);
    await store.complete('purge', fresh, tokenOf(await store.begin('purge', fresh, 'hash-a', LEASE_MS)), '2');
    clock.advance(RETENTION_MS / 2);

    expect(await store.purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await mongo.connection.collection('idempotency_keys').find({ scope: 'purge' }).toArray();
    expect(left.map((record) => record.key)).toEqual([fresh]);
    expect(await store.begin('purge', fresh, 'hash-a', LEASE_MS)).toMatchObject({ state: 'completed', response: '2' });
  });
});
