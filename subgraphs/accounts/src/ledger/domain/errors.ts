import { reasonsByCode, RuleError } from '@bank/kernel';

/** Every way the ledger refuses a request, by the code clients see for it. Nothing is written when it does. */
const CODES = reasonsByCode({
  BAD_USER_INPUT: [
    'INVALID_ID',
    'INVALID_AMOUNT',
    'INVALID_TEXT',
    'INVALID_TIMEOUT',
    'INVALID_OVERDRAFT_LIMIT',
    'INVALID_BATCH',
    'INVALID_PAGE',
    'SAME_ACCOUNT',
  ],
  NOT_FOUND: ['ACCOUNT_NOT_FOUND', 'PENDING_NOT_FOUND'],
  CONFLICT: ['ACCOUNT_EXISTS', 'TRANSFER_EXISTS', 'PENDING_ALREADY_RESOLVED'],
  UNPROCESSABLE: ['NOT_PENDING', 'PENDING_EXPIRED', 'POST_EXCEEDS_PENDING', 'INSUFFICIENT_FUNDS', 'ACCOUNT_BLOCKED'],
});

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
