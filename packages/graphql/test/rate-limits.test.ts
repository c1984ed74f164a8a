import { testEndpoints, uniqueName } from '@bank/testing';
import { Redis } from 'ioredis';
import pino from 'pino';
import { redisRateLimits, type RateLimitSettings } from '../src';

const settings: RateLimitSettings = { perIp: 100, perPrincipal: 100, anonymousPerIp: 100, mutations: 2, exemptSubjects: [] };

describe('redisRateLimits', () => {
  const redis = new Redis(testEndpoints.redisUrl);
  afterAll(() => redis.disconnect());
  const limits = (overrides: Partial<RateLimitSettings> = {}) =>
    redisRateLimits(redis, { ...settings, ...overrides }, { logger: pino({ level: 'silent' }), prefix: uniqueName('rate') });

  it('limits mutations apart from reads, per principal', async () => {
    const limited = limits();
    const maria = { ip: '10.0.0.1', principalId: 'c-maria', mutation: true };
    expect(await limited.consume(maria)).toEqual({ allowed: true });
    expect(await limited.consume(maria)).toEqual({ allowed: true });
    expect(await limited.consume(maria)).toMatchObject({ allowed: false, limit: 'mutation', retryAfterSeconds: expect.any(Number) });
    expect(await limited.consume({ ...maria, mutation: false })).toEqual({ allowed: true });
    expect(await limited.consume({ ...maria, principalId: 'c-joao' })).toEqual({ allowed: true });
  });

  it('limits every request of one IP, whoever signs in from it', async () => {
    const limited = limits({ perIp: 2 });
    expect(await limited.consume({ ip: '10.0.0.2', principalId: 'a', mutation: false })).toEqual({ allowed: true });
    expect(await limited.consume({ ip: '10.0.0.2', principalId: 'b', mutation: false })).toEqual({ allowed: true });
    expect(await limited.consume({ ip: '10.0.0.2', principalId: 'c', mutation: false })).toMatchObject({ allowed: false, limit: 'ip' });
  });
});
