import { Cpf, badInput, parseAmountFor, parseText, type Money } from '@bank/kernel';
import { type CalendarDate, fullYearsBetween, parseCalendarDate, yearOf } from './calendar';
import { type Coverage, parseCoverages } from './coverage';
import { parseEnum } from './parse';
import { Plate } from './plate';
import { PostalCode } from './postal-code';

export const VEHICLE_USES = ['PRIVATE', 'COMMERCIAL'] as const;
export type VehicleUse = (typeof VEHICLE_USES)[number];

/** REDUCED: about half the standard deductible, higher premium; INCREASED: about double, lower premium. */
export const DEDUCTIBLE_LEVELS = ['REDUCED', 'STANDARD', 'INCREASED'] as const;
export type DeductibleLevel = (typeof DEDUCTIBLE_LEVELS)[number];

export const MINIMUM_DRIVER_AGE = 18;
export const OLDEST_VEHICLE_YEAR = 1950;
/** One class up per claim-free policy year, from 0 (no bonus) to 10. */
export const MAX_BONUS_CLASS = 10;

/** A quote request as it crosses the API: nothing checked yet. */
export interface AutoQuoteInput {
  readonly vehicle: { make: string; model: string; year: number; plate: string; fipeValue: string };
  readonly driver: { name: string; cpf: string; birthDate: string; licensedSince: string };
  readonly postalCode: string;
  readonly use: string;
  readonly bonusClass: number;
  readonly coverages: readonly string[];
  readonly deductible: string;
}

export interface Vehicle {
  readonly make: string;
  readonly model: string;
  /** Model year. */
  readonly year: number;
  readonly plate: Plate;
  /** FIPE table value of the make/model/year. */
  readonly fipeValue: Money;
}

export interface Driver {
  readonly name: string;
  readonly cpf: Cpf;
  readonly birthDate: CalendarDate;
  readonly licensedSince: CalendarDate;
}

export interface QuoteRequest {
  readonly vehicle: Vehicle;
  readonly driver: Driver;
  readonly postalCode: PostalCode;
  readonly use: VehicleUse;
  readonly bonusClass: number;
  readonly coverages: readonly Coverage[];
  readonly deductible: DeductibleLevel;
}

/** Validates every field of a quote request made on `quoteDate`; the first failure names its field. */
export function parseQuoteRequest(input: AutoQuoteInput, quoteDate: CalendarDate): QuoteRequest {
  return {
    vehicle: parseVehicle(input.vehicle, quoteDate),
    driver: parseDriver(input.driver, quoteDate),
    postalCode: PostalCode.parse(input.postalCode, 'postalCode'),
    use: parseEnum(VEHICLE_USES, input.use, 'use'),
    bonusClass: parseBonusClass(input.bonusClass),
    coverages: parseCoverages(input.coverages, 'coverages'),
    deductible: parseEnum(DEDUCTIBLE_LEVELS, input.deductible, 'deductible'),
  };
}

function parseVehicle(input: AutoQuoteInput['vehicle'], quoteDate: CalendarDate): Vehicle {
  const newestYear = yearOf(quoteDate) + 1;
  const { year } = input;
  if (!Number.isInteger(year) || year < OLDEST_VEHICLE_YEAR || year > newestYear) {
    throw badInput(`vehicle.year must be a model year from ${OLDEST_VEHICLE_YEAR} to ${newestYear}; got ${year}`, 'vehicle.year');
  }
  return {
    make: parseText(input.make, 'label', 'vehicle.make'),
    model: parseText(input.model, 'label', 'vehicle.model'),
    year,
    plate: Plate.parse(input.plate, 'vehicle.plate'),
    fipeValue: parseAmountFor('INSURED_VALUE', input.fipeValue, 'vehicle.fipeValue'),
  };
}

function parseDriver(input: AutoQuoteInput['driver'], quoteDate: CalendarDate): Driver {
  const birthDate = parseCalendarDate(input.birthDate, 'driver.birthDate');
  if (fullYearsBetween(birthDate, quoteDate) < MINIMUM_DRIVER_AGE) {
    throw badInput(`the driver must be at least ${MINIMUM_DRIVER_AGE} years old on ${quoteDate}`, 'driver.birthDate');
  }
  const licensedSince = parseCalendarDate(input.licensedSince, 'driver.licensedSince');
  if (fullYearsBetween(birthDate, licensedSince) < MINIMUM_DRIVER_AGE) {
    throw badInput(`driver.licensedSince cannot be before the driver's ${MINIMUM_DRIVER_AGE}th birthday`, 'driver.licensedSince');
  }
  if (licensedSince > quoteDate) throw badInput('driver.licensedSince cannot be in the future', 'driver.licensedSince');
  return {
    name: parseText(input.name, 'name', 'driver.name'),
    cpf: Cpf.parse(input.cpf, 'driver.cpf'),
    birthDate,
    licensedSince,
  };
}

function parseBonusClass(input: number): number {
  if (!Number.isInteger(input) || input < 0 || input > MAX_BONUS_CLASS) {
    throw badInput(`bonusClass must be a whole number from 0 to ${MAX_BONUS_CLASS}; got ${input}`, 'bonusClass');
  }
  return input;
}
