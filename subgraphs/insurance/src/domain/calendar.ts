const DAY_MS = 86_400_000;
// Brazil abolished daylight saving time in 2019: Brasília time is UTC−3 all year.
const BRASILIA_OFFSET_MS = -3 * 3_600_000;

/** Instants, not days (days are the kernel's BusinessDate): `days` whole days of 24 hours later. */
export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** The same Brasília wall-clock time one year later; 29 February becomes 1 March. */
export function oneYearLater(instant: Date): Date {
  const wallClock = new Date(instant.getTime() + BRASILIA_OFFSET_MS);
  wallClock.setUTCFullYear(wallClock.getUTCFullYear() + 1);
  return new Date(wallClock.getTime() - BRASILIA_OFFSET_MS);
}
