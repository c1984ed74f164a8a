import { afterFailure, assertValidRetryPolicy, delaysInUse } from '../src/retry-policy';

describe('retry policy', () => {
  const policy = { maxAttempts: 5, retryDelaysMs: [1_000, 5_000, 30_000] };

  it('waits longer before each retry, reusing the last delay, until the attempts run out', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => afterFailure(attempt, policy))).toEqual([
      { kind: 'retry', delayMs: 1_000, nextAttempt: 2 },
      { kind: 'retry', delayMs: 5_000, nextAttempt: 3 },
      { kind: 'retry', delayMs: 30_000, nextAttempt: 4 },
      { kind: 'retry', delayMs: 30_000, nextAttempt: 5 },
      { kind: 'dead-letter' },
    ]);
  });

  it('dead-letters at once when only one attempt is allowed', () => {
    expect(afterFailure(1, { maxAttempts: 1, retryDelaysMs: [100] })).toEqual({ kind: 'dead-letter' });
  });

  it('declares one delay queue per delay the policy can reach', () => {
    expect(delaysInUse(policy)).toEqual([1_000, 5_000, 30_000]);
    expect(delaysInUse({ maxAttempts: 2, retryDelaysMs: [100, 300] })).toEqual([100]);
    expect(delaysInUse({ maxAttempts: 1, retryDelaysMs: [100] })).toEqual([]);
  });

  it('refuses policies that cannot work', () => {
    expect(() => assertValidRetryPolicy({ maxAttempts: 0, retryDelaysMs: [100] })).toThrow(RangeError);
    expect(() => assertValidRetryPolicy({ maxAttempts: 3, retryDelaysMs: [] })).toThrow(RangeError);
    expect(() => assertValidRetryPolicy({ maxAttempts: 3, retryDelaysMs: [100, 0] })).toThrow(RangeError);
    expect(() => assertValidRetryPolicy(policy)).not.toThrow();
  });
});
