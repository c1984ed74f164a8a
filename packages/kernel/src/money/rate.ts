import { badInput } from '../errors';
import { Decimal } from './decimal';

const RATE = /^(0|[1-9]\d{0,5})(\.\d+)?$/;

/**
 * Parses a non-negative decimal string (a percentage such as "1.99") with at most
 * `maxDecimals` decimals, inside [min, max]. Numbers are refused: they arrive as floats.
 */
export function parseDecimal(input: unknown, { field, maxDecimals, min, max }: { field: string; maxDecimals: number; min?: string; max?: string }): Decimal {
  if (typeof input !== 'string') throw badInput(`${field} must be a decimal string such as "1.99"`, field);
  const text = input.trim();
  const decimals = text.split('.')[1]?.length ?? 0;
  if (!RATE.test(text) || decimals > maxDecimals) {
    throw badInput(`${field} must be a non-negative decimal with at most ${maxDecimals} decimals; got "${input}"`, field);
  }
  const value = new Decimal(text);
  if (min !== undefined && value.lessThan(min)) throw badInput(`${field} must be at least ${min}`, field);
  if (max !== undefined && value.greaterThan(max)) throw badInput(`${field} must be at most ${max}`, field);
  return value;
}
