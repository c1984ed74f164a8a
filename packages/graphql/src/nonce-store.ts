import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { VerifiedRequest } from '@bank/identity';

/** Remembers the nonces of signed requests until their signature expires, so each is accepted once. */
export interface NonceStore {
  /** True the first time `nonce` is offered before `validUntil`; false for a replay. */
  acceptOnce(nonce: string, validUntil: Date): Promise<boolean>;
}

/**
 * Nonces in this process only, each forgotten once its signature has expired. Signatures share one window,
 * so nonces expire about in the order they came: forgetting stops at the first one still valid, which keeps
 * each request's work constant however many nonces the window holds (a nonce that came out of order is
 * forgotten a little late; its signature has expired, so it is refused either way).
 */
export function memoryNonceStore(now = () => Date.now()): NonceStore {
  const seen = new Map<string, number>();
  return {
    async acceptOnce(nonce, validUntil) {
      const time = now();
      for (const [known, until] of seen) {
        if (until > time) break;
        seen.delete(known);
      }
      if (seen.has(nonce)) return false;
      seen.set(nonce, validUntil.getTime());
      return true;
    },
  };
}

/**
 * Nonces in Redis (`SET NX` with the rest of the signature window as TTL), shared by every replica.
 * While Redis cannot answer, each replica remembers the nonces it saw itself (logged): a replay
 * to another replica is then possible for the outage, but the service keeps serving, as it does
 * from its stores when the cache is away.
 */
export function redisNonceStore(
  redis: Redis,
  { logger, prefix = 'principal-nonce:', now = () => Date.now() }: { logger: Logger; prefix?: string; now?: () => number },
): NonceStore {
  const local = memoryNonceStore(now);
  return {
    async acceptOnce(nonce, validUntil) {
      const firstHere = await local.acceptOnce(nonce, validUntil);
      if (!firstHere) return false;
      try {
        const ttlMs = Math.max(1, validUntil.getTime() - now());
        return (await redis.set(`${prefix}${nonce}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
      } catch (error) {
        logger.warn({ err: error }, 'nonce store unavailable; replays are refused by this replica only');
        return true;
      }
    },
  };
}

/** Whether a verified request is the first with its nonce. */
export const isFirstUse = (nonces: NonceStore, { nonce, validUntil }: VerifiedRequest): Promise<boolean> => nonces.acceptOnce(nonce, validUntil);
