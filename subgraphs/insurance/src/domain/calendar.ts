import { badInput } from '@bank/kernel';

declare const calendarDateBrand: unique symbol;

/** A day on the calendar, written YYYY-MM-DD (compares correctly as a string). */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
// Brazil abolished daylight saving time in 2019: Brasília time is UTC−3 all year.
const BRASILIA_OFFSET_MS = -3 * 3_600_000;

const parts = (date: CalendarDate): { year: number; monthDay: string } => ({
  year: Number(date.slice(0, 4)),
  monthDay: date.slice(5),
});

const utcMidnight = (date: CalendarDate): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function parseCalendarDate(input: unknown, field: string): CalendarDate {
  const text = typeof input === 'string' ? input.trim() : '';
  const real = ISO_DATE.test(text) && new Date(utcMidnight(text as CalendarDate)).toISOString().slice(0, 10) === text;
  if (!real) throw badInput(`${field} must be a date written YYYY-MM-DD; got "${String(input)}"`, field);
  return text as CalendarDate;
}

/** The calendar day an instant falls on in Brasília. */
export const calendarDateInBrasilia = (instant: Date): CalendarDate =>
  new Date(instant.getTime() + BRASILIA_OFFSET_MS).toISOString().slice(0, 10) as CalendarDate;

export const yearOf = (date: CalendarDate): number => parts(date).year;

/**
 * Whole years from `from` to `to`, as an age is counted. Someone born on 29 February completes
 * a year on 1 March in common years (Código Civil, art. 132 §3).
 */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  const start = parts(from);
  const end = parts(to);
  return end.year - start.year - (end.monthDay < start.monthDay ? 1 : 0);
}

export const daysBetween = (from: CalendarDate, to: CalendarDate): number => (utcMidnight(to) - utcMidnight(from)) / DAY_MS;

export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** The same Brasília wall-clock time one year later; 29 February becomes 1 March. */
export function oneYearLater(instant: Date): Date {
  const wallClock = new Date(instant.getTime() + BRASILIA_OFFSET_MS);
  wallClock.setUTCFullYear(wallClock.getUTCFullYear() + 1);
  return new Date(wallClock.getTime() - BRASILIA_OFFSET_MS);
}

export const plusDays = (date: CalendarDate, days: number): CalendarDate =>
  new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10) as CalendarDate;

/** The same day of the month `months` later; a day the month lacks (31 April) becomes its last day. */
export function plusMonthsClamped(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), lastDay))).toISOString().slice(0, 10) as CalendarDate;
}
