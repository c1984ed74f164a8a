/**
 * Every code a client can receive as `extensions.code`, with what it means: the published, closed
 * list (the README's error table is checked against it). Adding one is an API change; a code
 * outside it never reaches a client (formatError masks it as INTERNAL_SERVER_ERROR).
 */
export const CLIENT_ERROR_CODES = {
  BAD_USER_INPUT: 'An argument or input field is invalid (malformed scalar, out of bounds, wrong shape); `field` names it when one is to blame.',
  UNAUTHENTICATED: 'No valid token (or principal signature, between gateway and subgraph): sign in again.',
  FORBIDDEN: 'Signed in, but this caller may not do this (e.g. staff acting on their own policy).',
  NOT_FOUND: 'No such object visible to the caller (another customer’s objects are NOT_FOUND, never FORBIDDEN), or no such route.',
  CONFLICT: 'The object is not in a state that allows it, or an idempotency key was reused with other input.',
  UNPROCESSABLE: 'Well-formed but refused by a business rule; `reason` says which (e.g. INSUFFICIENT_FUNDS).',
  UNAVAILABLE: 'A dependency is not ready (e.g. Pix has not created the charge yet); retry shortly.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure, logged; its details are not shown.',
  SUBGRAPH_UNAVAILABLE: 'A subgraph did not answer; the other fields are there and `serviceName` names it.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not match the schema, or is over the depth or cost limit.',
  BAD_REQUEST: 'The HTTP request or WebSocket message is malformed (no query, body not JSON, a query or mutation over WebSocket).',
  OPERATION_RESOLUTION_FAILURE: 'The operation name does not match an operation in the document.',
  PERSISTED_QUERY_NOT_FOUND: 'The persisted-query hash is unknown: send the query with its hash once.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not accepted here (subgraphs).',
  RATE_LIMITED: 'Over a rate limit (HTTP 429 with Retry-After).',
  PAYLOAD_TOO_LARGE: 'The request body is over the size limit (HTTP 413).',
  UNSUPPORTED_MEDIA_TYPE: 'The request body is not UTF-8 JSON, or its Content-Encoding is not supported (HTTP 415).',
  METHOD_NOT_ALLOWED: 'A subgraph’s /graphql answers POST only (HTTP 405).',
  TOO_MANY_SUBSCRIPTIONS: 'Over the subscriptions one WebSocket connection may hold.',
} as const satisfies Record<string, string>;

export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES;

export const isClientErrorCode = (code: unknown): code is ClientErrorCode => typeof code === 'string' && Object.hasOwn(CLIENT_ERROR_CODES, code);

/** The codes an AppError (a use case's refusal) carries: part of the published list. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const satisfies readonly ClientErrorCode[];

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

/** A domain's refusals, listed under the code clients see for them. */
type ReasonGroups = { readonly [Code in ErrorCode]?: readonly string[] };

/** The reasons listed under `Code`. */
type ListedUnder<Groups extends ReasonGroups, Code extends keyof Groups> = Groups[Code] extends readonly (infer Reason extends string)[] ? Reason : never;

/** Every reason of the groups. */
type ReasonOf<Groups extends ReasonGroups> = { [Code in keyof Groups]: ListedUnder<Groups, Code> }[keyof Groups];

/** Each reason of the groups with the code it is listed under. */
export type ReasonCodes<Groups extends ReasonGroups> = {
  readonly [Reason in ReasonOf<Groups>]: { [Code in keyof Groups]: Reason extends ListedUnder<Groups, Code> ? Code : never }[keyof Groups];
};

/**
 * A domain's table of reasons, declared grouped by code: `reasonsByCode({ CONFLICT: ['ACCOUNT_EXISTS'], ... })`
 * gives `{ ACCOUNT_EXISTS: 'CONFLICT', ... }`. A reason listed under two codes is refused.
 */
export function reasonsByCode<const Groups extends ReasonGroups & Record<Exclude<keyof Groups, ErrorCode>, never>>(groups: Groups): ReasonCodes<Groups> {
  const codes: Record<string, string> = {};
  for (const [code, reasons] of Object.entries(groups) as [ErrorCode, readonly string[]][]) {
    for (const reason of reasons) {
      if (Object.hasOwn(codes, reason)) throw new Error(`reason ${reason} is listed under both ${codes[reason]} and ${code}`);
      codes[reason] = code;
    }
  }
  return codes as ReasonCodes<Groups>;
}

/**
 * A domain rule refused the request: `reason` (one of the domain's own) says which, and the domain's
 * table of reasons (`reasonsByCode`) gives the code clients see for it. Each domain declares its table and subclasses this.
 */
export abstract class RuleError<Reason extends string> extends AppError {
  override readonly reason: Reason;

  protected constructor(codes: Readonly<Record<Reason, ErrorCode>>, reason: Reason, message: string, options: { field?: string } = {}) {
    super(codes[reason], message, { reason, ...options });
    this.reason = reason;
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
