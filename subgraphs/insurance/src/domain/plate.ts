import { badInput } from '@bank/kernel';

// Old format ABC1234 and Mercosul ABC1D23 (a letter in the fifth position); one dash allowed after the letters.
const PLATE = /^([A-Z]{3})-?(\d[A-Z\d]\d{2})$/;

/** A Brazilian vehicle plate, stored bare and uppercase ("ABC1D23"). */
export class Plate {
  private constructor(readonly value: string) {}

  static parse(input: unknown, field = 'plate'): Plate {
    const match = typeof input === 'string' ? PLATE.exec(input.trim().toUpperCase()) : null;
    if (!match) throw badInput(`${field} must be a plate such as ABC1234 or ABC1D23; got "${String(input)}"`, field);
    return new Plate(`${match[1]}${match[2]}`);
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
