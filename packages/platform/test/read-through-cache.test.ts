import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Registry } from 'prom-client';
import pino from 'pino';
import { eventually, testEndpoints, uniqueName } from '@bank/testing';
import { createRedis, jsonCodec, ReadThroughCache } from '../src/cache';

const logger = pino({ level: 'silent' });

const bypasses = async (registry: Registry, cache: string): Promise<number> => {
  const metric = await registry.getSingleMetric('cache_requests_total')?.get();
  return metric?.values.find((v) => v.labels.cache === cache && v.labels.result === 'bypass')?.value ?? 0;
};

/** A store that counts how often it is read. */
const store = (rows: Record<string, { balance: string }>) => {
  const reads: string[][] = [];
  return {
    reads,
    loadMany: async (ids: readonly string[]) => {
      reads.push([...ids]);
      return new Map(ids.filter((id) => rows[id] !== undefined).map((id) => [id, rows[id]!]));
    },
  };
};

describe('ReadThroughCache against the local Redis', () => {
  const redis = createRedis(testEndpoints.redisUrl, { logger });
  afterAll(() => redis.quit());

  const newCache = (name = uniqueName('acct')) =>
    new ReadThroughCache<{ balance: string }>({ redis, name, ttlSeconds: 30, codec: jsonCodec(), registry: new Registry(), logger });

  beforeAll(() => eventually(() => expect(redis.status).toBe('ready')));

  it('loads a miss from the store once, then serves it from Redis with a TTL', async () => {
    const name = uniqueName('acct');
    const cache = newCache(name);
    const { reads, loadMany } = store({ a: { balance: '10.00' } });
    expect(await cache.getMany(['a'], loadMany)).toEqual(new Map([['a', { balance: '10.00' }]]));
    expect(await cache.getMany(['a'], loadMany)).toEqual(new Map([['a', { balance: '10.00' }]]));
    expect(reads).toEqual([['a']]);
    const ttl = await redis.ttl(`cache:${name}:a`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });

  it('batches: one store read for all misses, hits not reloaded, absent ids not cached', async () => {
    const cache = newCache();
    const { reads, loadMany } = store({ a: { balance: '1.00' }, b: { balance: '2.00' } });
    await cache.getMany(['a'], loadMany);
    const found = await cache.getMany(['a', 'b', 'zz'], loadMany);
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    await cache.getMany(['zz'], loadMany);
    expect(reads).toEqual([['a'], ['b', 'zz'], ['zz']]);
  });

  it('drops, shortly after an invalidation, an old value a slow read stored after it', async () => {
    const name = uniqueName('acct');
    const cache = new ReadThroughCache<{ balance: string }>({
      redis,
      name,
      ttlSeconds: 30,
      codec: jsonCodec(),
      registry: new Registry(),
      logger,
      secondInvalidationMs: 100,
    });
    await cache.invalidate('a');
    await redis.set(`cache:${name}:a`, JSON.stringify({ balance: 'stale' }), 'EX', 30);
    await eventually(async () => expect(await redis.exists(`cache:${name}:a`)).toBe(0));
    cache.close();
  });

  it('reloads after an explicit invalidation', async () => {
    const rows = { a: { balance: '1.00' } };
    const cache = newCache();
    const { reads, loadMany } = store(rows);
    await cache.get('a', async (id) => (await loadMany([id])).get(id) ?? null);
    rows.a = { balance: '5.00' };
    await cache.invalidate('a');
    expect(await cache.get('a', async (id) => (await loadMany([id])).get(id) ?? null)).toEqual({ balance: '5.00' });
    expect(reads).toHaveLength(2);
  });
});

describe('ReadThroughCache when Redis stops', () => {
  let server: ChildProcess | undefined;
  const freePort = (): Promise<number> =>
    new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
  const startRedis = (port: number) => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  };
  afterAll(() => server?.kill('SIGKILL'));

  it('keeps serving from the store, counts the bypass, and uses Redis again once it is back', async () => {
    const port = await freePort();
    startRedis(port);
    const redis = createRedis(`redis://127.0.0.1:${port}`, { logger });
    try {
      await eventually(() => expect(redis.status).toBe('ready'));
      const registry = new Registry();
      const cache = new ReadThroughCache<{ balance: string }>({ redis, name: 'acct', ttlSeconds: 30, codec: jsonCodec(), registry, logger });
      const { reads, loadMany } = store({ a: { balance: '7.00' } });

      await cache.getMany(['a'], loadMany);
      await cache.getMany(['a'], loadMany);
      expect(reads).toHaveLength(1);

      server?.kill('SIGKILL');
      await eventually(() => expect(redis.status).not.toBe('ready'));
      expect(await cache.getMany(['a'], loadMany)).toEqual(new Map([['a', { balance: '7.00' }]]));
      expect(await cache.get('a', async (id) => (await loadMany([id])).get(id) ?? null)).toEqual({ balance: '7.00' });
      await cache.invalidate('a');
      expect(reads).toHaveLength(3);
      expect(await bypasses(registry, 'acct')).toBe(2);

      startRedis(port);
      await eventually(() => expect(redis.status).toBe('ready'), { timeoutMs: 15_000 });
      await cache.getMany(['a'], loadMany);
      await cache.getMany(['a'], loadMany);
      expect(reads).toHaveLength(4);
      expect(await bypasses(registry, 'acct')).toBe(2);
    } finally {
      redis.disconnect();
    }
  });
});
