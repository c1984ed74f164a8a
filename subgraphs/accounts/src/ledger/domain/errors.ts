import { RuleError, type ErrorCode } from '@bank/kernel';

/** Every way the ledger refuses a request, with the code clients see for it. Nothing is written when it does. */
const CODES = {
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_AMOUNT: 'BAD_USER_INPUT',
  INVALID_TEXT: 'BAD_USER_INPUT',
  INVALID_TIMEOUT: 'BAD_USER_INPUT',
  INVALID_OVERDRAFT_LIMIT: 'BAD_USER_INPUT',
  INVALID_BATCH: 'BAD_USER_INPUT',
  INVALID_PAGE: 'BAD_USER_INPUT',
  SAME_ACCOUNT: 'BAD_USER_INPUT',
  ACCOUNT_NOT_FOUND: 'NOT_FOUND',
  PENDING_NOT_FOUND: 'NOT_FOUND',
  ACCOUNT_EXISTS: 'CONFLICT',
  TRANSFER_EXISTS: 'CONFLICT',
  PENDING_ALREADY_RESOLVED: 'CONFLICT',
  NOT_PENDING: 'UNPROCESSABLE',
  PENDING_EXPIRED: 'UNPROCESSABLE',
  POST_EXCEEDS_PENDING: 'UNPROCESSABLE',
  INSUFFICIENT_FUNDS: 'UNPROCESSABLE',
  ACCOUNT_BLOCKED: 'UNPROCESSABLE',
} as const satisfies Record<string, ErrorCode>;

export type LedgerErrorReason = keyof typeof CODES;

/**
 * A ledger rule refused the request: `reason` says which, `code` is what an API shows, `subject`
 * names the account or transfer concerned and `field` the offending input, where there is one.
 */
export class LedgerError extends RuleError<LedgerErrorReason> {
  readonly subject: string | undefined;

  constructor(reason: LedgerErrorReason, message: string, { subject, field }: { subject?: string; field?: string } = {}) {
    super(CODES, reason, message, field === undefined ? {} : { field });
    this.name = 'LedgerError';
    this.subject = subject;
  }
}

export const isLedgerError = (error: unknown, reason?: LedgerErrorReason): error is LedgerError =>
  error instanceof LedgerError && (reason === undefined || error.reason === reason);
