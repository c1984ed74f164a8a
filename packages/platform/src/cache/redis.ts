import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * A Redis client tuned for a cache that must never slow the service down: commands fail at once
 * while disconnected (no offline queue), time out quickly, and the client keeps reconnecting
 * in the background with a growing delay.
 */
export function createRedis(url: string, { logger, commandTimeoutMs = 250 }: { logger: Logger; commandTimeoutMs?: number }): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 5_000),
  });
  let healthy = true;
  redis.on('ready', () => {
    if (!healthy) logger.info({ url: redactedUrl(url) }, 'redis reachable again; cache back in use');
    healthy = true;
  });
  redis.on('error', (error: Error) => {
    if (healthy) logger.warn({ err: error.message, url: redactedUrl(url) }, 'redis unreachable; serving from the store');
    healthy = false;
  });
  return redis;
}

const redactedUrl = (url: string): string => url.replace(/\/\/[^@/]*@/, '//***@');
