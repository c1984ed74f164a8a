import { RuleError, type ErrorCode } from '@bank/kernel';

/** Every way a Pix rule refuses a request, with the code clients see for it. Input errors stay BAD_USER_INPUT. */
const CODES = {
  CHARGE_ALREADY_PAID: 'CONFLICT',
  CHARGE_ALREADY_REMOVED: 'CONFLICT',
  CHARGE_REMOVED: 'UNPROCESSABLE',
  CHARGE_EXPIRED: 'UNPROCESSABLE',
  CHARGE_NOT_EXPIRED: 'UNPROCESSABLE',
  AMOUNT_MISMATCH: 'UNPROCESSABLE',
  PAYMENT_NOT_FOUND: 'NOT_FOUND',
  REFUND_WINDOW_CLOSED: 'UNPROCESSABLE',
  REFUND_EXCEEDS_PAYMENT: 'UNPROCESSABLE',
  TRANSFER_ALREADY_FINISHED: 'CONFLICT',
} as const satisfies Record<string, ErrorCode>;

export type PixErrorReason = keyof typeof CODES;

/** A Pix rule refused the request; `reason` says which, `code` is what the API shows. */
export class PixError extends RuleError<PixErrorReason> {
  constructor(reason: PixErrorReason, message: string) {
    super(CODES, reason, message);
    this.name = 'PixError';
  }
}
