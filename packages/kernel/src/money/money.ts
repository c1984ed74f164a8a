import { badInput } from '../errors';
import { Decimal, roundHalfEven } from './decimal';

const AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;

/**
 * An amount of Brazilian reais held as integer cents. Crosses the API as a decimal string
 * ("1234.56"); anything else (floats, NaN, exponents, more than two decimals) is refused.
 */
export class Money {
  private constructor(readonly cents: bigint) {}

  static readonly ZERO = new Money(0n);

  /** A non-negative amount written as a decimal string with at most two decimals. */
  static parse(input: unknown, field = 'amount'): Money {
    if (typeof input !== 'string') throw badInput(`${field} must be a decimal string such as "10.50"`, field);
    const text = input.trim();
    if (!AMOUNT.test(text)) {
      throw badInput(`${field} must be a non-negative amount with at most 2 decimals, such as "10.50"; got "${input}"`, field);
    }
    const [units = '0', fraction = ''] = text.split('.');
    return new Money(BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0')));
  }

  /** Like parse, and the amount must be above zero. */
  static parsePositive(input: unknown, field = 'amount'): Money {
    const money = Money.parse(input, field);
    if (money.cents <= 0n) throw badInput(`${field} must be greater than zero`, field);
    return money;
  }

  static fromCents(cents: bigint | number): Money {
    if (typeof cents === 'number' && !Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer: ${cents}`);
    return new Money(BigInt(cents));
  }

  /** Rounds an exact decimal amount to cents with NBR 5891. */
  static fromDecimal(value: Decimal | string): Money {
    const rounded = roundHalfEven(new Decimal(value), 2);
    return new Money(BigInt(rounded.times(100).toFixed(0)));
  }

  toDecimal(): Decimal {
    return new Decimal(this.cents.toString()).dividedBy(100);
  }

  /** "1234.56", always two decimals, "-" in front when negative. */
  toString(): string {
    const sign = this.cents < 0n ? '-' : '';
    const abs = this.cents < 0n ? -this.cents : this.cents;
    return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }

  add(other: Money): Money {
    return new Money(this.cents + other.cents);
  }

  subtract(other: Money): Money {
    return new Money(this.cents - other.cents);
  }

  /** this × factor, rounded to cents with NBR 5891. */
  times(factor: Decimal | string | number): Money {
    return Money.fromDecimal(this.toDecimal().times(factor));
  }

  /** this × percent / 100, rounded to cents with NBR 5891 ("7.38" for 7.38 %). */
  percent(rate: Decimal | string): Money {
    return Money.fromDecimal(this.toDecimal().times(rate).dividedBy(100));
  }

  compare(other: Money): -1 | 0 | 1 {
    return this.cents < other.cents ? -1 : this.cents > other.cents ? 1 : 0;
  }

  equals(other: Money): boolean {
    return this.cents === other.cents;
  }

  lessThan(other: Money): boolean {
    return this.cents < other.cents;
  }

  greaterThan(other: Money): boolean {
    return this.cents > other.cents;
  }

  isZero(): boolean {
    return this.cents === 0n;
  }

  isPositive(): boolean {
    return this.cents > 0n;
  }

  isNegative(): boolean {
    return this.cents < 0n;
  }

  static sum(amounts: Iterable<Money>): Money {
    let cents = 0n;
    for (const amount of amounts) cents += amount.cents;
    return new Money(cents);
  }

  static min(a: Money, b: Money): Money {
    return a.lessThan(b) ? a : b;
  }

  static max(a: Money, b: Money): Money {
    return a.greaterThan(b) ? a : b;
  }
}
