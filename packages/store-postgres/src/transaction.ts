import type { Kysely, Transaction } from 'kysely';
import { isRetryableTransactionError } from './sql-errors';

type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

export interface TransactionOptions {
  /** "read committed" by default. */
  readonly isolation?: IsolationLevel;
  /** Runs in all, the first included, before a serialization failure or deadlock is rethrown. 5 by default. */
  readonly maxAttempts?: number;
}

/** A short random pause before a retry, so that the transactions that collided do not collide again. */
const pauseBeforeRetry = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));

/**
 * Runs `work` again when the server aborted it for a serialization failure or a deadlock it broke,
 * up to `maxAttempts` runs in all. `work` must be one statement or one transaction: what it wrote
 * is rolled back when it fails, so running it again is safe.
 */
export async function retryingConflicts<T>(work: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryableTransactionError(error)) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
}

/**
 * Runs `work` in one transaction, committed when it resolves and rolled back when it throws. A
 * serialization failure or a deadlock the server broke runs the whole of `work` again, so `work`
 * must not have effects outside the transaction.
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const { isolation = 'read committed', maxAttempts = 5 } = options;
  return retryingConflicts(() => db.transaction().setIsolationLevel(isolation).execute(work), maxAttempts);
}
