/** Reading what a person types: amounts in reais and CPF/CNPJ, before anything goes to the API. */
import { isValidCnpj, isValidCpf } from '@bank/kernel/documents';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const AMOUNT_HINT = 'Informe um valor em reais, como 1.234,56';

/**
 * "1.234,56", "1234,56", "1234.56" or "R$ 10" as the `Decimal` string the API takes ("1234.56").
 * A comma is the decimal separator and dots group thousands; without a comma, one dot followed by
 * one or two digits is the decimal point.
 */
export function parseAmount(input: string): Parsed<string> {
  const text = input.replace(/R\$|\s/g, '');
  if (text === '') return { ok: false, message: 'Informe o valor' };
  const decimalDot = !text.includes(',') && /^\d+\.\d{1,2}$/.test(text);
  const normalized = decimalDot ? text : text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return { ok: false, message: AMOUNT_HINT };
  const [units = '0', cents = ''] = normalized.split('.');
  const value = `${BigInt(units).toString()}.${cents.padEnd(2, '0')}`;
  if (value === '0.00') return { ok: false, message: 'O valor deve ser maior que zero' };
  return { ok: true, value };
}

/** A CPF or CNPJ, masked or bare, as its bare characters when its check digits are right. */
export function parseDocument(input: string): Parsed<string> {
  const bare = input.trim().replace(/[./-]/g, '').toUpperCase();
  if (bare.length === 11 && isValidCpf(bare)) return { ok: true, value: bare };
  if (bare.length === 14 && isValidCnpj(bare)) return { ok: true, value: bare };
  return { ok: false, message: 'Informe um CPF ou CNPJ válido' };
}

/** A "aaaa-mm-dd" date field as the first instant of that day in São Paulo (UTC−3, no daylight saving since 2019). */
export const startOfDay = (date: string): string => new Date(`${date}T00:00:00-03:00`).toISOString();

/** The first instant after that day in São Paulo: an exclusive end. */
export const endOfDay = (date: string): string => new Date(new Date(`${date}T00:00:00-03:00`).getTime() + 86_400_000).toISOString();

/**
 * The instant a claim's loss happened, from the day a person picked: that day's start, or the
 * policy's start when the loss happened on the day coverage began (a term starts when it is paid).
 */
export const claimInstant = (date: string, policyStartsAt: string | null | undefined): string => {
  const [from, to] = [startOfDay(date), endOfDay(date)];
  const startedThatDay = policyStartsAt != null && policyStartsAt > from && new Date(policyStartsAt) < new Date(to);
  return startedThatDay ? new Date(policyStartsAt).toISOString() : from;
};
