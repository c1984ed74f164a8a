import { reasonsByCode, RuleError } from '@bank/kernel';

/** Every way a Pix rule refuses a request, by the code clients see for it. Input errors stay BAD_USER_INPUT. */
const CODES = reasonsByCode({
  NOT_FOUND: ['PAYMENT_NOT_FOUND'],
  CONFLICT: ['CHARGE_ALREADY_PAID', 'CHARGE_ALREADY_REMOVED', 'TRANSFER_ALREADY_FINISHED'],
  UNPROCESSABLE: ['CHARGE_REMOVED', 'CHARGE_EXPIRED', 'CHARGE_NOT_EXPIRED', 'AMOUNT_MISMATCH', 'REFUND_WINDOW_CLOSED', 'REFUND_EXCEEDS_PAYMENT'],
});

export type PixErrorReason = keyof typeof CODES;

/** A Pix rule refused the request; `reason` says which, `code` is what the API shows. */
export class PixError extends RuleError<PixErrorReason> {
  constructor(reason: PixErrorReason, message: string) {
    super(CODES, reason, message);
    this.name = 'PixError';
  }
}
