import { badInput } from '@bank/kernel';

/** The Luhn check digit (ISO/IEC 7812-1) of `digits`, the number without its last digit. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    const weighted = index % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

export const PAN_LENGTH = 16;
const PAN = /^\d{16}$/;

/** Whether `number` is 16 digits whose last is their Luhn check digit. */
export const isValidPan = (number: string): boolean => PAN.test(number) && luhnDigit(number.slice(0, -1)) === Number(number.slice(-1));

/** A PAN in the issuer's BIN: the BIN, random account digits, the Luhn digit. */
export function panInBin(bin: string, randomDigits: (count: number) => string): string {
  const body = bin + randomDigits(PAN_LENGTH - 1 - bin.length);
  return body + String(luhnDigit(body));
}

/** The issuer's BIN (IIN): 6 or 8 digits. */
export function parseBin(input: string): string {
  if (!/^(\d{6}|\d{8})$/.test(input)) throw badInput('the card BIN must be 6 or 8 digits', 'bin');
  return input;
}

/** The card brand a BIN belongs to (ISO/IEC 7812 ranges of the major networks). */
export function brandOf(bin: string): string {
  if (bin.startsWith('4')) return 'VISA';
  const two = Number(bin.slice(0, 2));
  const four = Number(bin.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'MASTERCARD';
  return 'ELO';
}

export const last4Of = (pan: string): string => pan.slice(-4);
