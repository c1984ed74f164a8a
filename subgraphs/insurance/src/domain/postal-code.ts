import { badInput } from '@bank/kernel';

const CEP = /^(\d{5})-?(\d{3})$/;

/** A CEP, stored as its 8 bare digits; the mask 01310-100 is accepted. */
export class PostalCode {
  private constructor(readonly value: string) {}

  static parse(input: unknown, field = 'postalCode'): PostalCode {
    const match = typeof input === 'string' ? CEP.exec(input.trim()) : null;
    if (!match) throw badInput(`${field} must be a CEP of 8 digits such as 01310-100; got "${String(input)}"`, field);
    return new PostalCode(`${match[1]}${match[2]}`);
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
