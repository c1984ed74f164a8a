import type { Redis } from 'ioredis';
import type { VerifiedRequest } from './principal';

/** Remembers the nonces of signed requests until their signature expires, so each is accepted once. */
export interface NonceStore {
  /** True the first time `nonce` is offered before `validUntil`; false for a replay. */
  acceptOnce(nonce: string, validUntil: Date): Promise<boolean>;
}

/** Nonces in Redis (`SET NX` with the rest of the signature window as TTL), shared by every replica. */
export const redisNonceStore = (redis: Redis, { prefix = 'principal-nonce:', now = () => Date.now() } = {}): NonceStore => ({
  async acceptOnce(nonce, validUntil) {
    const ttlMs = Math.max(1, validUntil.getTime() - now());
    return (await redis.set(`${prefix}${nonce}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
  },
});

/** Whether a verified request is the first with its nonce. */
export const isFirstUse = (nonces: NonceStore, { nonce, validUntil }: VerifiedRequest): Promise<boolean> => nonces.acceptOnce(nonce, validUntil);
