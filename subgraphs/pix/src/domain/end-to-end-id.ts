import { badInput } from '@bank/kernel';
import { type RandomSource, randomAlphanumeric } from './random';

/** E + payer institution ISPB (8 digits) + yyyyMMddHHmm (UTC) + 11 letters or digits: 32 characters. */
const END_TO_END_ID = /^E\d{8}(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})[A-Za-z0-9]{11}$/;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const minuteStamp = (at: Date): string =>
  pad(at.getUTCFullYear(), 4) + pad(at.getUTCMonth() + 1, 2) + pad(at.getUTCDate(), 2) + pad(at.getUTCHours(), 2) + pad(at.getUTCMinutes(), 2);

const isRealMinute = (year: number, month: number, day: number, hour: number, minute: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  );
};

export function isValidEndToEndId(input: unknown): input is string {
  if (typeof input !== 'string') return false;
  const match = END_TO_END_ID.exec(input);
  if (match === null) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return isRealMinute(year, month, day, hour, minute);
}

/** The id as given, or BAD_USER_INPUT on `field` when it is not a well-formed end-to-end id. */
export function parseEndToEndId(input: unknown, field = 'endToEndId'): string {
  if (!isValidEndToEndId(input)) {
    throw badInput(`${field} must be E + an 8-digit ISPB + yyyyMMddHHmm (UTC, a real date) + 11 letters or digits`, field);
  }
  return input;
}

/** The end-to-end id a payer institution (`ispb`) gives a Pix it initiates at `at`. */
export function generateEndToEndId(ispb: string, at: Date, random: RandomSource): string {
  if (!/^\d{8}$/.test(ispb)) throw new RangeError(`an ISPB has 8 digits: "${ispb}"`);
  return `E${ispb}${minuteStamp(at)}${randomAlphanumeric(11, random)}`;
}
