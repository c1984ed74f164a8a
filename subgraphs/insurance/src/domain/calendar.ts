import { BRASILIA_UTC_OFFSET_MINUTES } from '@bank/kernel';

const DAY_MS = 86_400_000;
const BRASILIA_OFFSET_MS = BRASILIA_UTC_OFFSET_MINUTES * 60_000;

/** Instants, not days (days are the kernel's BusinessDate): `days` whole days of 24 hours later. */
export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** The same Brasília wall-clock time one year later; 29 February becomes 1 March. */
export function oneYearLater(instant: Date): Date {
  const wallClock = new Date(instant.getTime() + BRASILIA_OFFSET_MS);
  wallClock.setUTCFullYear(wallClock.getUTCFullYear() + 1);
  return new Date(wallClock.getTime() - BRASILIA_OFFSET_MS);
}
