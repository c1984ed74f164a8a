/** A fresh idempotency key per intent: a retry of the same submission reuses it, a new submission gets another. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
