import { badInput } from '@bank/kernel';

/** The bank's single branch (agência). */
export const BRANCH = '0001';

const NUMBER_DIGITS = 8;
const ACCOUNT_NUMBER = /^(\d{1,12})-(\d)$/;

/** Modulus 11 with weights 2..9 from the right, repeating; a remainder of 0 or 1 gives 0. */
export function checkDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    sum += digit * (2 + (index % 8));
  }
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** The account number of the `sequence`-th account: eight digits, "-", the check digit, e.g. "00000001-9". */
export function accountNumberOf(sequence: bigint): string {
  const digits = sequence.toString().padStart(NUMBER_DIGITS, '0');
  if (digits.length > NUMBER_DIGITS) throw new RangeError(`account sequence ${sequence} has more than ${NUMBER_DIGITS} digits`);
  return `${digits}-${checkDigit(digits)}`;
}

/** Reads an account number a customer typed; a wrong check digit is a typing mistake, refused before any look-up. */
export function parseAccountNumber(input: string, field = 'toNumber'): string {
  const match = ACCOUNT_NUMBER.exec(input.trim());
  if (match === null) throw badInput(`${field} must be digits, "-" and a check digit, such as "00000001-9"`, field);
  const [, digits = '', digit = ''] = match;
  if (checkDigit(digits) !== Number(digit)) throw badInput(`${field} has a wrong check digit`, field);
  return `${digits.padStart(NUMBER_DIGITS, '0')}-${digit}`;
}

export function parseBranch(input: string, field = 'toBranch'): string {
  if (input.trim() !== BRANCH) throw badInput(`${field} must be ${BRANCH}, the bank's only branch`, field);
  return BRANCH;
}
