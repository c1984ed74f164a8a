import { randomUUID } from 'node:crypto';

const DECLARES_KEY = /\$idempotencyKey\s*:/;

/**
 * The variables with a fresh `idempotencyKey` when the operation declares `$idempotencyKey` and the
 * caller gave none: each call is then a new request, as a client's new action is. A test that retries
 * passes its key itself.
 */
export function withIdempotencyKey(query: string, variables: Record<string, unknown> = {}): Record<string, unknown> {
  return DECLARES_KEY.test(query) && variables.idempotencyKey === undefined ? { ...variables, idempotencyKey: randomUUID() } : variables;
}
