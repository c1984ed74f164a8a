import { badInput } from '../errors';
import { type Check, invalid, isOneRepeatedCharacter, stripMask, valid } from './mask';

const FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const SECOND_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Alphanumeric CNPJ: a character is worth its ASCII code − 48 ('0'..'9' → 0..9, 'A' → 17). */
const valuesOf = (text: string): number[] => [...text].map((character) => character.charCodeAt(0) - 48);

/** r = Σ weight·value mod 11; the digit is 0 when r < 2, else 11 − r. */
const checkDigit = (values: readonly number[], weights: readonly number[]): number => {
  const remainder = values.reduce((total, value, index) => total + value * (weights[index] ?? 0), 0) % 11;
  return remainder < 2 ? 0 : 11 - remainder;
};

const checkDigitsOf = (base: string): string => {
  const first = checkDigit(valuesOf(base), FIRST_WEIGHTS);
  const second = checkDigit([...valuesOf(base), first], SECOND_WEIGHTS);
  return `${first}${second}`;
};

const checkCnpj = (input: unknown): Check => {
  if (typeof input !== 'string') return invalid('must be a string of 14 characters');
  const bare = stripMask(input).toUpperCase();
  if (!/^[0-9A-Z]*$/.test(bare)) {
    return invalid(`must contain only digits and letters A-Z, optionally masked as 00.000.000/0000-00; got "${input}"`);
  }
  if (bare.length !== 14) return invalid(`must have 14 characters; got ${bare.length}`);
  if (!/\d\d$/.test(bare)) return invalid('must end with two numeric check digits');
  if (isOneRepeatedCharacter(bare)) return invalid('cannot be one repeated digit');
  if (checkDigitsOf(bare.slice(0, 12)) !== bare.slice(12)) return invalid('has wrong check digits');
  return valid(bare);
};

/**
 * A valid CNPJ (company taxpayer number), numeric or alphanumeric, held bare and uppercase:
 * twelve base characters 0-9/A-Z and two numeric check digits.
 */
export class Cnpj {
  readonly kind = 'CNPJ';

  private constructor(readonly value: string) {}

  /** Accepts bare or masked input (00.000.000/0000-00, any letter case); throws BAD_USER_INPUT on `field` saying why it is invalid. */
  static parse(input: unknown, field = 'cnpj'): Cnpj {
    const check = checkCnpj(input);
    if (!check.ok) throw badInput(`${field} ${check.problem}`, field);
    return new Cnpj(check.value);
  }

  /** The 14-character CNPJ whose twelve base characters are `base` (for factories and tests). */
  static withCheckDigits(base: string): string {
    if (!/^[0-9A-Z]{12}$/.test(base)) throw new RangeError(`a CNPJ base has 12 characters 0-9 or A-Z: "${base}"`);
    return base + checkDigitsOf(base);
  }

  /** 00.000.000/0000-00 (letters kept where the base has them). */
  formatted(): string {
    return this.value.replace(/^(.{2})(.{3})(.{3})(.{4})(.{2})$/, '$1.$2.$3/$4-$5');
  }

  equals(other: Cnpj): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}

export const isValidCnpj = (input: unknown): boolean => checkCnpj(input).ok;
