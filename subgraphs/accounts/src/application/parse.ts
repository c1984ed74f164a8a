import { badInput, Money } from '@bank/kernel';

const MAX_DESCRIPTION = 140;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
/** The most one request may move: far above a customer's transfer, far below what could overflow. */
const MAX_AMOUNT = Money.parse('1000000.00');

/** A positive amount of at most two decimals and at most the ceiling; BAD_USER_INPUT on `field` otherwise. */
export function parseAmount(input: string, field = 'amount'): Money {
  const amount = Money.parsePositive(input, field);
  if (amount.cents > MAX_AMOUNT.cents) throw badInput(`${field} must be at most ${MAX_AMOUNT.toString()}`, field);
  return amount;
}

export function parseDescription(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const text = input.trim();
  if (text.length > MAX_DESCRIPTION || CONTROL.test(text))
    throw badInput(`description must be at most ${MAX_DESCRIPTION} characters without control characters`, 'description');
  return text.length === 0 ? null : text;
}
