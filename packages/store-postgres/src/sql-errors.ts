/** SQLSTATE codes the platform reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const SERIALIZATION_FAILURE = '40001';
const DEADLOCK_DETECTED = '40P01';
const UNIQUE_VIOLATION = '23505';

interface DatabaseError {
  readonly code?: unknown;
  readonly constraint?: unknown;
}

const sqlState = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as DatabaseError).code : undefined);

/** The transaction lost a race the server detected; running it again from the start is safe. */
export const isRetryableTransactionError = (error: unknown): boolean => {
  const code = sqlState(error);
  return code === SERIALIZATION_FAILURE || code === DEADLOCK_DETECTED;
};

/** A unique index refused the row; with `constraint`, only that index. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === UNIQUE_VIOLATION && (constraint === undefined || (error as DatabaseError).constraint === constraint);
