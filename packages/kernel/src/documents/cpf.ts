import { badInput } from '../errors';
import { type Check, invalid, isOneRepeatedCharacter, stripMask, valid } from './mask';

const digitsOf = (text: string): number[] => [...text].map(Number);

/** r = (Σ weight·digit · 10) mod 11, with weights counting down to 2; 10 becomes 0. */
const checkDigit = (digits: readonly number[]): number => {
  const sum = digits.reduce((total, digit, index) => total + digit * (digits.length + 1 - index), 0);
  return ((sum * 10) % 11) % 10;
};

const checkDigitsOf = (base: string): string => {
  const first = checkDigit(digitsOf(base));
  const second = checkDigit([...digitsOf(base), first]);
  return `${first}${second}`;
};

const checkCpf = (input: unknown): Check => {
  if (typeof input !== 'string') return invalid('must be a string of 11 digits');
  const bare = stripMask(input);
  if (!/^\d*$/.test(bare)) return invalid(`must contain only digits, optionally masked as 000.000.000-00; got "${input}"`);
  if (bare.length !== 11) return invalid(`must have 11 digits; got ${bare.length}`);
  if (isOneRepeatedCharacter(bare)) return invalid('cannot be one repeated digit');
  if (checkDigitsOf(bare.slice(0, 9)) !== bare.slice(9)) return invalid('has wrong check digits');
  return valid(bare);
};

/** A valid CPF (individual taxpayer number), held bare: 11 digits. */
export class Cpf {
  readonly kind = 'CPF';

  private constructor(readonly value: string) {}

  /** Accepts bare or masked input (000.000.000-00); throws BAD_USER_INPUT on `field` saying why it is invalid. */
  static parse(input: unknown, field = 'cpf'): Cpf {
    const check = checkCpf(input);
    if (!check.ok) throw badInput(`${field} ${check.problem}`, field);
    return new Cpf(check.value);
  }

  /** The 11-digit CPF whose first nine digits are `base` (for factories and tests). */
  static withCheckDigits(base: string): string {
    if (!/^\d{9}$/.test(base)) throw new RangeError(`a CPF base has 9 digits: "${base}"`);
    return base + checkDigitsOf(base);
  }

  /** 000.000.000-00 */
  formatted(): string {
    return this.value.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
  }

  equals(other: Cpf): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}

export const isValidCpf = (input: unknown): boolean => checkCpf(input).ok;
