/** How the app shows money, dates and documents: Brazilian Portuguese, reais, São Paulo time. */

const BRL = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const PERCENT = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const DATE_TIME = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'America/Sao_Paulo' });
const SHORT_DATE = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', timeZone: 'America/Sao_Paulo' });

/** A `Decimal` amount in reais as "R$ 1.234,56"; an absent amount as "—". */
export const formatBRL = (amount: string | null | undefined): string => (amount == null ? '—' : BRL.format(Number(amount)));

/** A percent `Decimal` ("1.99") as "1,99%". */
export const formatPercent = (percent: string): string => `${PERCENT.format(Number(percent))}%`;

/** A calendar `Date` ("2026-03-05") as "05/03/2026", with no time zone to shift it. */
export const formatDate = (date: string): string => {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
};

/** A `DateTime` instant as "05/03/2026, 14:30" in São Paulo. */
export const formatDateTime = (instant: string): string => DATE_TIME.format(new Date(instant));

/** A `DateTime` instant as "05/03" in São Paulo (chart axes). */
export const formatShortDate = (instant: string): string => SHORT_DATE.format(new Date(instant));

/** A bare CPF or CNPJ with its mask: 000.000.000-00 or 00.000.000/0000-00. */
export const formatDocument = (document: string): string =>
  document.length === 11
    ? document.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4')
    : document.replace(/^(.{2})(.{3})(.{3})(.{4})(.{2})$/, '$1.$2.$3/$4-$5');

/**
 * A document as a payer may see it before paying: a person's CPF shows only its middle six digits
 * (***.982.247-**, as Pix apps do); a company's CNPJ is public and shows whole.
 */
export const maskDocument = (document: string): string => {
  const bare = document.replace(/[./-]/g, '');
  return bare.length === 11 ? `***.${bare.slice(3, 6)}.${bare.slice(6, 9)}-**` : formatDocument(bare);
};
