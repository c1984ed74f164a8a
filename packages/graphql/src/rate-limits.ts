import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from 'pino';

/** Requests allowed per minute, by who is asking. */
export interface RateLimitSettings {
  /** Every request from one IP address. */
  readonly perIp: number;
  /** Every request of one signed-in principal. */
  readonly perPrincipal: number;
  /** Requests without a token, per IP (simulations and quotes are public). */
  readonly anonymousPerIp: number;
  /** Mutations of one principal (or, anonymous, of one IP). */
  readonly mutations: number;
  /** Token subjects the limits do not apply to (a benchmark client): configuration only, never a claim. */
  readonly exemptSubjects: readonly string[];
}

/** Who a request counts against. */
export interface RateLimitSubject {
  readonly ip: string;
  /** The principal's id, or undefined when anonymous. */
  readonly principalId: string | undefined;
  readonly mutation: boolean;
}

export type RateLimitDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number; readonly limit: string };

export interface RateLimits {
  consume(subject: RateLimitSubject): Promise<RateLimitDecision>;
}

const WINDOW_SECONDS = 60;

/**
 * Fixed one-minute windows in Redis (rate-limiter-flexible), shared by every gateway replica. When
 * Redis cannot answer, requests go through (logged): the limits protect the services, and the
 * stores are still there.
 */
export function redisRateLimits(redis: Redis, settings: RateLimitSettings, { logger, prefix = 'rate' }: { logger: Logger; prefix?: string }): RateLimits {
  const limiter = (name: string, points: number) => ({
    name,
    limiter: new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, keyPrefix: `${prefix}:${name}`, points, duration: WINDOW_SECONDS }),
  });
  const perIp = limiter('ip', settings.perIp);
  const perPrincipal = limiter('principal', settings.perPrincipal);
  const anonymous = limiter('anonymous', settings.anonymousPerIp);
  const mutations = limiter('mutation', settings.mutations);
  const exempt = new Set(settings.exemptSubjects);
  return {
    async consume({ ip, principalId, mutation }) {
      if (principalId !== undefined && exempt.has(principalId)) return { allowed: true };
      const who = principalId === undefined ? `ip:${ip}` : `principal:${principalId}`;
      const checks = [
        { ...perIp, key: ip },
        principalId === undefined ? { ...anonymous, key: ip } : { ...perPrincipal, key: principalId },
        ...(mutation ? [{ ...mutations, key: who }] : []),
      ];
      for (const { name, limiter: check, key } of checks) {
        try {
          await check.consume(key);
        } catch (refusal) {
          if (refusal instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), limit: name };
          logger.warn({ err: refusal, limit: name }, 'rate limits unavailable; letting the request through');
          return { allowed: true };
        }
      }
      return { allowed: true };
    },
  };
}
