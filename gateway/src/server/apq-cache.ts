import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/**
 * Automatic persisted queries kept in Redis, shared by every gateway replica. Redis failing only
 * costs a round trip: the client is told the query is unknown and sends it in full.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'apq:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    if (this.redis.status !== 'ready') return undefined;
    return (await this.redis.get(this.prefix + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (this.redis.status !== 'ready') return;
    const ttl = options?.ttl ?? 86_400;
    await (ttl > 0 ? this.redis.set(this.prefix + key, value, 'EX', ttl) : this.redis.set(this.prefix + key, value)).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    return (await this.redis.del(this.prefix + key).catch(() => 0)) > 0;
  }
}
