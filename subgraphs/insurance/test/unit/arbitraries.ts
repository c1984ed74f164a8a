import fc from 'fast-check';
import { Money } from '@bank/kernel';
import { COVERAGES, DEDUCTIBLE_LEVELS, MAX_BONUS_CLASS, VEHICLE_USES, type AutoQuoteInput } from '../../src/domain';
import { NOW, VALID_CPF } from './fixtures';

const DAY_MS = 86_400_000;
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const TODAY_MS = Date.UTC(2025, 5, 15);

const letters = (length: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: length, maxLength: length });
const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

export const plateArb = fc.tuple(letters(3), digits(1), fc.oneof(digits(1), letters(1)), digits(2)).map((parts) => parts.join(''));

/** FIPE values from R$ 1,000.00 to R$ 1,000,000.00, as decimal strings. */
export const fipeArb = fc.integer({ min: 100_000, max: 100_000_000 }).map((cents) => Money.fromCents(cents).toString());

/** Drivers 18 to 90 on NOW, licensed on or after their 18th birthday. */
const driverArb = fc.integer({ min: 0, max: 72 * 365 }).chain((daysOlderThan18) => {
  const birth = new Date(TODAY_MS - daysOlderThan18 * DAY_MS);
  birth.setUTCFullYear(birth.getUTCFullYear() - 18);
  const eighteenth = new Date(birth);
  eighteenth.setUTCFullYear(birth.getUTCFullYear() + 18);
  const licensableDays = Math.max(0, Math.floor((TODAY_MS - eighteenth.getTime()) / DAY_MS));
  return fc.integer({ min: 0, max: licensableDays }).map((days) => ({
    name: 'Motorista',
    cpf: VALID_CPF,
    birthDate: isoDate(birth.getTime()),
    licensedSince: isoDate(eighteenth.getTime() + days * DAY_MS),
  }));
});

export const quoteInputArb: fc.Arbitrary<AutoQuoteInput> = fc.record({
  vehicle: fc.record({
    make: fc.constant('Fiat'),
    model: fc.constant('Argo'),
    year: fc.integer({ min: 1950, max: NOW.getUTCFullYear() + 1 }),
    plate: plateArb,
    fipeValue: fipeArb,
  }),
  driver: driverArb,
  postalCode: digits(8),
  use: fc.constantFrom(...VEHICLE_USES),
  bonusClass: fc.integer({ min: 0, max: MAX_BONUS_CLASS }),
  coverages: fc.subarray([...COVERAGES], { minLength: 1 }),
  deductible: fc.constantFrom(...DEDUCTIBLE_LEVELS),
});
