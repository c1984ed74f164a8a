import { testEndpoints, uniqueName } from '@bank/testing';
import { Redis } from 'ioredis';
import pino from 'pino';
import { memoryNonceStore, redisNonceStore } from '../src';

const logger = pino({ level: 'silent' });

describe('nonce stores', () => {
  it('accept a nonce once across replicas sharing Redis, until its signature expires', async () => {
    const redis = new Redis(testEndpoints.redisUrl);
    try {
      const prefix = `${uniqueName('nonce')}:`;
      const [one, two] = [redisNonceStore(redis, { logger, prefix }), redisNonceStore(redis, { logger, prefix })];
      const validUntil = new Date(Date.now() + 60_000);
      expect(await one.acceptOnce('n-1', validUntil)).toBe(true);
      expect(await two.acceptOnce('n-1', validUntil)).toBe(false);
      expect(await redis.pttl(`${prefix}n-1`)).toBeGreaterThan(55_000);
    } finally {
      redis.disconnect();
    }
  });

  it('fall back to what the replica saw itself while Redis is away', async () => {
    const away = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    away.on('error', () => undefined);
    const store = redisNonceStore(away, { logger });
    const validUntil = new Date(Date.now() + 60_000);
    expect(await store.acceptOnce('n-2', validUntil)).toBe(true);
    expect(await store.acceptOnce('n-2', validUntil)).toBe(false);
    away.disconnect();
  });

  it('forget a nonce once its signature has expired (memory)', async () => {
    let now = 0;
    const store = memoryNonceStore(() => now);
    expect(await store.acceptOnce('n-3', new Date(1_000))).toBe(true);
    now = 1_000;
    expect(await store.acceptOnce('n-4', new Date(2_000))).toBe(true);
    expect(await store.acceptOnce('n-3', new Date(2_000))).toBe(true);
  });
});
