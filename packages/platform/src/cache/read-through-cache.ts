import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';

export interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T;
}

export interface ReadThroughCacheOptions<T> {
  readonly redis: Redis;
  /** Names the cache in keys and metrics, e.g. "pix-charge". */
  readonly name: string;
  readonly ttlSeconds: number;
  readonly codec: Codec<T>;
  readonly registry: Registry;
  readonly logger: Logger;
  /**
   * A read that started before a write may store the old value after the write's invalidation; the
   * entry is dropped once more this long after each invalidation. 500 ms by default.
   */
  readonly secondInvalidationMs?: number;
}

type Outcome = 'hit' | 'miss' | 'bypass';

/**
 * Read-through cache in front of a store. Redis is an optimisation, never a dependency: when it
 * fails the value comes from the store (fail-open) and `cache_requests_total{result="bypass"}`
 * counts it. Absent values are not cached. TTLs stay short because an invalidation that fails
 * while Redis is unreachable leaves the old entry until it expires.
 */
export class ReadThroughCache<T> {
  private readonly requests: Counter<'cache' | 'result'>;
  private readonly pending = new Set<NodeJS.Timeout>();

  constructor(private readonly options: ReadThroughCacheOptions<T>) {
    this.requests = counter(options.registry);
  }

  async get(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
    const found = await this.getMany([id], async ([missing]) => {
      const value = missing === undefined ? null : await load(missing);
      return value === null ? new Map() : new Map([[id, value]]);
    });
    return found.get(id) ?? null;
  }

  /** One MGET for all ids, one batched load for the misses: what a DataLoader needs. */
  async getMany(ids: readonly string[], loadMany: (missing: readonly string[]) => Promise<ReadonlyMap<string, T>>): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const cached = await this.attempt('mget', () => this.options.redis.mget(ids.map((id) => this.key(id))));
    ids.forEach((id, index) => {
      const text = cached?.[index];
      if (text !== null && text !== undefined) found.set(id, this.options.codec.decode(text));
    });
    const missing = ids.filter((id) => !found.has(id));
    if (cached === undefined) this.count('bypass', ids.length);
    else {
      this.count('hit', ids.length - missing.length);
      this.count('miss', missing.length);
    }
    if (missing.length === 0) return found;
    const loaded = await loadMany(missing);
    for (const [id, value] of loaded) found.set(id, value);
    if (cached !== undefined && loaded.size > 0) await this.store(loaded);
    return found;
  }

  /** Drops the entries now, and once more shortly after (see `secondInvalidationMs`). */
  async invalidate(...ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const drop = () => this.attempt('del', () => this.options.redis.del(...ids.map((id) => this.key(id))));
    await drop();
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      void drop();
    }, this.options.secondInvalidationMs ?? 500);
    timer.unref();
    this.pending.add(timer);
  }

  /** Cancels the second invalidations still to come (at shutdown, before Redis closes). */
  close(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  private async store(values: ReadonlyMap<string, T>): Promise<void> {
    await this.attempt('set', () => {
      const pipeline = this.options.redis.multi();
      for (const [id, value] of values) pipeline.set(this.key(id), this.options.codec.encode(value), 'EX', this.options.ttlSeconds);
      return pipeline.exec();
    });
  }

  private async attempt<R>(operation: string, command: () => Promise<R>): Promise<R | undefined> {
    if (this.options.redis.status !== 'ready') return undefined;
    try {
      return await command();
    } catch (error) {
      this.options.logger.debug({ err: error, cache: this.options.name, operation }, 'cache operation failed');
      return undefined;
    }
  }

  private count(result: Outcome, amount: number): void {
    if (amount > 0) this.requests.inc({ cache: this.options.name, result }, amount);
  }

  private key(id: string): string {
    return `cache:${this.options.name}:${id}`;
  }
}

const counter = (registry: Registry): Counter<'cache' | 'result'> =>
  (registry.getSingleMetric('cache_requests_total') as Counter<'cache' | 'result'> | undefined) ??
  new Counter({
    name: 'cache_requests_total',
    help: 'Cache lookups by result: hit, miss, or bypass when Redis failed and the store answered',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });

export const jsonCodec = <T>(): Codec<T> => ({ encode: (value) => JSON.stringify(value), decode: (text) => JSON.parse(text) as T });
