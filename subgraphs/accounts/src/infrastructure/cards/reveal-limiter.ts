import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RevealLimiter } from '../../application/cards/ports';

/**
 * At most `perHour` reveals of card details per customer in a fixed hour, shared by every replica
 * through Redis. Unlike the request limits, it fails closed: no Redis, no reveal.
 */
export function redisRevealLimiter(redis: Redis, perHour: number, prefix = 'card-reveals'): RevealLimiter {
  const limiter = new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, keyPrefix: prefix, points: perHour, duration: 3600 });
  return {
    async tryReveal(customerId) {
      try {
        await limiter.consume(customerId);
        return true;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return false;
        throw refusal;
      }
    },
  };
}
