import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '@bank/kernel';
import type { ClaimResult, ProcessedEventStore } from '@bank/messaging';
import type { Redis } from 'ioredis';

export interface RedisProcessedEventStoreOptions {
  readonly redis: Redis;
  /** How long a handled event is remembered; keep it above the longest redelivery delay. 7 days by default. */
  readonly retentionMs?: number;
  readonly clock?: Clock;
}

/*
 * One key per (consumer, event id), expiring with the retention: "held|<token>|<lease until>|<expires at>"
 * while a worker holds it, "done||0|<expires at>" once handled. The instants (epoch ms) come from the
 * caller's clock and decide, as in the other stores; the key's TTL only reclaims the memory.
 */
const PARSE = `
local value = redis.call('GET', KEYS[1])
if not value then return nil end
local state, token, leaseUntil, expiresAt = string.match(value, '^(%a+)|([^|]*)|(%d+)|(%d+)$')
return { state, token, tonumber(leaseUntil), tonumber(expiresAt) }
`;

/** KEYS[1]; ARGV: token, now, lease until, expires at, TTL ms. Returns the outcome. */
const CLAIM = `
local now = tonumber(ARGV[2])
local record = (function() ${PARSE} end)()
if record and record[4] > now then
  if record[1] == 'done' then return 'already-processed' end
  if record[3] > now then return 'busy' end
end
redis.call('SET', KEYS[1], 'held|' .. ARGV[1] .. '|' .. ARGV[3] .. '|' .. ARGV[4], 'PX', ARGV[5])
return 'claimed'
`;

/** KEYS[1]; ARGV: token, expires at, TTL ms. 1 when the token held the claim and it is now done. */
const COMPLETE = `
local record = (function() ${PARSE} end)()
if not record or record[1] ~= 'held' or record[2] ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'done||0|' .. ARGV[2], 'PX', ARGV[3])
return 1
`;

/** KEYS[1]; ARGV: token. 1 when the token held the claim and it is now gone. */
const RELEASE = `
local record = (function() ${PARSE} end)()
if not record or record[1] ~= 'held' or record[2] ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
`;

interface ClaimCommands {
  processedEventClaim(key: string, token: string, now: number, leaseUntil: number, expiresAt: number, ttlMs: number): Promise<ClaimResult['outcome']>;
  processedEventComplete(key: string, token: string, expiresAt: number, ttlMs: number): Promise<0 | 1>;
  processedEventRelease(key: string, token: string): Promise<0 | 1>;
}

const DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The event ids each consumer has handled, in Redis: each claim, completion and release is one atomic
 * script on one key, constant-time however long the history, and Redis forgets a key when its retention
 * ends (no purge job). Why not the service's own store: docs/adr/0009-event-claims-in-redis.md.
 */
export class RedisProcessedEventStore implements ProcessedEventStore {
  private readonly redis: Redis & ClaimCommands;
  private readonly retentionMs: number;
  private readonly clock: Clock;

  constructor({ redis, retentionMs = DEFAULT_RETENTION_MS, clock = systemClock }: RedisProcessedEventStoreOptions) {
    redis.defineCommand('processedEventClaim', { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand('processedEventComplete', { numberOfKeys: 1, lua: COMPLETE });
    redis.defineCommand('processedEventRelease', { numberOfKeys: 1, lua: RELEASE });
    this.redis = redis as Redis & ClaimCommands;
    this.retentionMs = retentionMs;
    this.clock = clock;
  }

  async claim(consumer: string, eventId: string, leaseMs: number): Promise<ClaimResult> {
    const token = randomUUID();
    const now = this.clock.now().getTime();
    const outcome = await this.redis.processedEventClaim(keyOf(consumer, eventId), token, now, now + leaseMs, now + this.retentionMs, this.retentionMs);
    return outcome === 'claimed' ? { outcome, token } : { outcome };
  }

  async complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    return (await this.redis.processedEventComplete(keyOf(consumer, eventId), token, now + this.retentionMs, this.retentionMs)) === 1;
  }

  async release(consumer: string, eventId: string, token: string): Promise<boolean> {
    return (await this.redis.processedEventRelease(keyOf(consumer, eventId), token)) === 1;
  }
}

const keyOf = (consumer: string, eventId: string): string => `processed-event:${consumer}:${eventId}`;
