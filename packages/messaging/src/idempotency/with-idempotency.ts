import { badInput, conflict } from '@bank/kernel';
import type { IdempotencyStore } from './ports';
import { requestHash } from './request-hash';

const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface IdempotentRequest {
  /** Keeps keys of different callers and operations apart, e.g. "customer-1:createPixCharge". */
  readonly scope: string;
  /** The client's idempotency key: 1 to 64 of A-Z a-z 0-9 _ - (a UUID fits). */
  readonly key: string;
  /** The operation's input; a retry must send the same. */
  readonly input: unknown;
}

export interface IdempotencyOptions {
  /**
   * How long a run may take before another request with the key may take over (its holder is presumed dead).
   * Keep it above the operation's timeout. 60 s by default.
   */
  readonly leaseMs?: number;
}

const encode = (result: unknown): string => JSON.stringify(result) ?? 'null';

/**
 * Deduplicates `run` per (scope, key): a retry with the same input gets the first result, as JSON decoded
 * back (so `T` must be plain JSON — the first call returns it decoded too, so both look alike).
 * A failed run is forgotten, so the client may retry it.
 *
 * Not exactly once: should the process crash, or a run outlive `leaseMs`, after its writes but before its
 * result is stored, a retry once the lease is over runs it again. `run` must therefore be idempotent by state
 * (e.g. a conditional insert keyed by something the input determines). A run that lost its key that way
 * still returns its own result, but does not store it (the store refuses the stale token) — the key then
 * answers with the result of the run that took it over.
 *
 * @throws AppError BAD_USER_INPUT for a malformed key; CONFLICT when the key was used with another input,
 * or while its first request is still running.
 */
export async function withIdempotency<T>(
  store: IdempotencyStore,
  { scope, key, input }: IdempotentRequest,
  run: () => Promise<T>,
  { leaseMs = 60_000 }: IdempotencyOptions = {},
): Promise<T> {
  if (!KEY_PATTERN.test(key)) throw badInput('The idempotency key must be 1 to 64 letters, digits, "-" or "_".', 'idempotencyKey');
  const hash = requestHash(input);
  const begun = await store.begin(scope, key, hash, leaseMs);
  if (begun.state !== 'started') {
    if (begun.requestHash !== hash) throw conflict('This idempotency key was already used with a different request.');
    if (begun.state === 'in-progress') throw conflict('A request with this idempotency key is still being processed; retry later.');
    return JSON.parse(begun.response) as T;
  }
  let result: T;
  try {
    result = await run();
  } catch (error) {
    // Should the release fail too, the lease frees the key later; the run's error is the one the caller needs.
    await store.release(scope, key, begun.token).catch(() => undefined);
    throw error;
  }
  const response = encode(result);
  await store.complete(scope, key, begun.token, response);
  return JSON.parse(response) as T;
}

/**
 * withIdempotency for a use case that writes one object which is not plain JSON (dates, value objects):
 * the key remembers its id only. The first call returns the object as `run` wrote it; a retry reads it
 * again through `load` (so it gets the object as it is now, not as it was).
 */
export async function idempotentObject<T>(
  store: IdempotencyStore,
  request: IdempotentRequest,
  run: () => Promise<T>,
  { idOf, load }: { readonly idOf: (result: T) => string; readonly load: (id: string) => Promise<T> },
  options: IdempotencyOptions = {},
): Promise<T> {
  let written: { readonly result: T } | undefined;
  const id = await withIdempotency(
    store,
    request,
    async () => {
      written = { result: await run() };
      return idOf(written.result);
    },
    options,
  );
  return written === undefined ? load(id) : written.result;
}
