/**
 * Codes a client can branch on, carried as `extensions.code` on GraphQL errors.
 * The set is closed: adding one is an API change.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An expected failure, safe to show to the client: its message is written for them.
 * `field` names the offending input where there is one.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** Finer than `code`, for clients that branch on why (e.g. "INSUFFICIENT_FUNDS"), shown as `extensions.reason`. */
  readonly reason: string | undefined;

  constructor(code: ErrorCode, message: string, options: { field?: string; reason?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.reason = options.reason;
  }
}

/**
 * A write found the aggregate changed since it was read (optimistic concurrency). Unlike other
 * conflicts it is not a refusal: reading again and retrying can succeed.
 */
export class StaleVersionError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'StaleVersionError';
  }
}

export const badInput = (message: string, field?: string): AppError => new AppError('BAD_USER_INPUT', message, field === undefined ? {} : { field });
export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
export const conflict = (message: string): AppError => new AppError('CONFLICT', message);
export const unprocessable = (message: string): AppError => new AppError('UNPROCESSABLE', message);
export const unauthenticated = (message: string): AppError => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);

/** `found`, or NOT_FOUND (`No <what>`) when there is none: how a resolver answers a read that found nothing it may show. */
export function orNotFound<T>(found: T | null | undefined, what: string): T {
  if (found == null) throw notFound(`No ${what}`);
  return found;
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
