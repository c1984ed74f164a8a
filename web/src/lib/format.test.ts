import { describe, expect, it } from 'vitest';
import { formatBRL, formatDate, formatDateTime, formatDocument, formatPercent, maskDocument } from './format';

// Intl separates "R$" from the amount with a no-break space.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('format', () => {
  it('shows Decimal amounts as reais, thousands with dots and cents with a comma', () => {
    expect(formatBRL('1234.5')).toBe(nbsp('R$ 1.234,50'));
    expect(formatBRL('0.07')).toBe(nbsp('R$ 0,07'));
    expect(formatBRL('-35.90')).toBe(nbsp('-R$ 35,90'));
    expect(formatBRL(null)).toBe('—');
  });

  it('shows percents with a comma', () => {
    expect(formatPercent('1.99')).toBe('1,99%');
    expect(formatPercent('26.8242')).toBe('26,8242%');
  });

  it('shows a calendar date as dd/mm/aaaa without shifting it by a time zone', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
  });

  it('shows instants in São Paulo time', () => {
    expect(formatDateTime('2026-03-01T02:30:00Z')).toBe('28/02/2026, 23:30');
  });

  it('masks documents: a CPF keeps its middle digits, a CNPJ shows whole', () => {
    expect(maskDocument('52998224725')).toBe('***.982.247-**');
    expect(maskDocument('529.982.247-25')).toBe('***.982.247-**');
    expect(maskDocument('45231087000146')).toBe('45.231.087/0001-46');
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
  });
});
