import { badInput } from './errors';
import type { Clock } from './domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Brasília time; Brazil has observed no daylight saving time since 2019. */
export const BRASILIA_UTC_OFFSET_MINUTES = -180;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN));

/**
 * A business day: a calendar date in America/Sao_Paulo, with no time, as on a contract or a
 * policy: due dates, release dates, birth dates and day counts are whole days between such dates.
 */
export class BusinessDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** A valid Gregorian date in years 1000–9999; anything else is a programming error. */
  static of(year: number, month: number, day: number): BusinessDate {
    if (!BusinessDate.isValid(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
    return new BusinessDate(year, month, day);
  }

  /** Reads "YYYY-MM-DD" from client input; anything else is BAD_USER_INPUT naming `field`. */
  static parse(input: unknown, field = 'date'): BusinessDate {
    const match = typeof input === 'string' ? ISO_DATE.exec(input.trim()) : null;
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    if (!BusinessDate.isValid(year, month, day)) {
      throw badInput(`${field} must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(input)}`, field);
    }
    return new BusinessDate(year, month, day);
  }

  /** The calendar date at `instant` in Brasília, or in a zone `utcOffsetMinutes` away from UTC. */
  static fromInstant(instant: Date, utcOffsetMinutes = BRASILIA_UTC_OFFSET_MINUTES): BusinessDate {
    const shifted = new Date(instant.getTime() + utcOffsetMinutes * 60_000);
    return BusinessDate.of(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  }

  /** Today's business date in Brasília. */
  static today(clock: Clock): BusinessDate {
    return BusinessDate.fromInstant(clock.now(), BRASILIA_UTC_OFFSET_MINUTES);
  }

  private static isValid(year: number, month: number, day: number): boolean {
    return (
      Number.isInteger(year) &&
      year >= MIN_YEAR &&
      year <= MAX_YEAR &&
      Number.isInteger(month) &&
      month >= 1 &&
      month <= 12 &&
      Number.isInteger(day) &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    );
  }

  /** Days since 1970-01-01. */
  private epochDay(): number {
    return Date.UTC(this.year, this.month - 1, this.day) / MS_PER_DAY;
  }

  /** The instant this day begins (00:00) in Brasília, or in a zone `utcOffsetMinutes` away from UTC. */
  startsAt(utcOffsetMinutes = BRASILIA_UTC_OFFSET_MINUTES): Date {
    return new Date(this.epochDay() * MS_PER_DAY - utcOffsetMinutes * 60_000);
  }

  addDays(days: number): BusinessDate {
    const date = new Date((this.epochDay() + days) * MS_PER_DAY);
    return BusinessDate.of(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }

  /**
   * The same day of the month `months` later, clamped to that month's last day. Always count
   * from the original date: Jan 31 + 1 = Feb 28 (or 29), Jan 31 + 2 = Mar 31.
   */
  addMonthsClamped(months: number): BusinessDate {
    const monthIndex = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    return BusinessDate.of(year, month, Math.min(this.day, daysInMonth(year, month)));
  }

  /** Calendar days from this date to `other` (negative when `other` is earlier). */
  daysUntil(other: BusinessDate): number {
    return other.epochDay() - this.epochDay();
  }

  /**
   * Whole years from this date to `other`, as an age is counted. Someone born on 29 February
   * completes a year on 1 March in common years (Código Civil, art. 132 §3).
   */
  fullYearsUntil(other: BusinessDate): number {
    const beforeAnniversary = other.month < this.month || (other.month === this.month && other.day < this.day);
    return other.year - this.year - (beforeAnniversary ? 1 : 0);
  }

  compare(other: BusinessDate): -1 | 0 | 1 {
    return Math.sign(this.epochDay() - other.epochDay()) as -1 | 0 | 1;
  }

  isBefore(other: BusinessDate): boolean {
    return this.compare(other) < 0;
  }

  isAfter(other: BusinessDate): boolean {
    return this.compare(other) > 0;
  }

  equals(other: BusinessDate): boolean {
    return this.compare(other) === 0;
  }

  /** "YYYY-MM-DD". */
  toString(): string {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
