import type { ConsumeMessage } from 'amqplib';

/** Headers this package writes on messages it moves between queues. */
export const messageHeaders = {
  /** The delivery attempt (1-based) a message is on; absent means 1. */
  attempt: 'x-attempt',
  /** On a dead-lettered message: why ("handler-failed", "malformed" or "untrusted"). */
  deadLetterReason: 'x-dead-letter-reason',
  /** On a dead-lettered message: the handler's error message, or what made the message malformed. */
  error: 'x-error',
  /** On a dead-lettered message: how many attempts were made. */
  attempts: 'x-attempts',
  /** On a dead-lettered message: RFC 3339 time it was parked. */
  deadLetteredAt: 'x-dead-lettered-at',
} as const;

export type DeadLetterReason = 'handler-failed' | 'malformed' | 'untrusted';

export interface RetryPolicy {
  /** Deliveries before the message is parked in the dead-letter queue; 1 means no retry. */
  readonly maxAttempts: number;
  /** Delay before attempt n+1 is `retryDelaysMs[n-1]`; the last value is reused. */
  readonly retryDelaysMs: readonly number[];
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, retryDelaysMs: [1_000, 5_000, 30_000] };

export type FailureAction = { readonly kind: 'retry'; readonly delayMs: number; readonly nextAttempt: number } | { readonly kind: 'dead-letter' };

export function assertValidRetryPolicy({ maxAttempts, retryDelaysMs }: RetryPolicy): void {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  if (retryDelaysMs.length === 0 || !retryDelaysMs.every((delay) => Number.isInteger(delay) && delay > 0)) {
    throw new RangeError(`retryDelaysMs must be a non-empty list of positive integers, got [${retryDelaysMs.join(', ')}]`);
  }
}

const delayAfter = (attempt: number, delays: readonly number[]): number => delays[Math.min(attempt, delays.length) - 1] as number;

export const afterFailure = (attempt: number, { maxAttempts, retryDelaysMs }: RetryPolicy): FailureAction =>
  attempt >= maxAttempts ? { kind: 'dead-letter' } : { kind: 'retry', delayMs: delayAfter(attempt, retryDelaysMs), nextAttempt: attempt + 1 };

/** The distinct delays a policy can use, one delay queue each. */
export function delaysInUse({ maxAttempts, retryDelaysMs }: RetryPolicy): number[] {
  const delays = new Set<number>();
  for (let attempt = 1; attempt < maxAttempts; attempt++) delays.add(delayAfter(attempt, retryDelaysMs));
  return [...delays];
}

export function attemptOf({ properties }: ConsumeMessage): number {
  const attempt = Number(properties.headers?.[messageHeaders.attempt] ?? 1);
  return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}
