import { badInput } from '@bank/kernel';

/** A static BR Code carries at most 25 characters in field 62-05. */
export const TXID_MAX_LENGTH = 25;

const TXID = /^[A-Za-z0-9]{1,25}$/;

export const isValidTxid = (input: unknown): input is string => typeof input === 'string' && TXID.test(input);

/** The txid as given, or BAD_USER_INPUT on `field` when it is not 1 to 25 letters and digits. */
export function parseTxid(input: unknown, field = 'txid'): string {
  if (!isValidTxid(input)) throw badInput(`${field} must be 1 to ${TXID_MAX_LENGTH} letters and digits (A-Z, a-z, 0-9)`, field);
  return input;
}
