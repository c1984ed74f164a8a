import { describe, expect, it } from 'vitest';
import { claimInstant, endOfDay, parseAmount, parseDocument, startOfDay } from './parse';

describe('parseAmount', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,5', '1234.50'],
    ['R$ 10', '10.00'],
    ['10.50', '10.50'],
    ['1.000.000', '1000000.00'],
    ['0,01', '0.01'],
    ['007,00', '7.00'],
  ])('reads %s as the Decimal %s', (typed, decimal) => {
    expect(parseAmount(typed)).toEqual({ ok: true, value: decimal });
  });

  it.each(['', 'abc', '1,234', '10,', '1.23.4', '-5', '0,00', '1,2,3'])('refuses %j with a message', (typed) => {
    const parsed = parseAmount(typed);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(/\S/);
  });
});

describe('parseDocument', () => {
  it('reads a CPF or CNPJ, masked or bare, when its check digits are right', () => {
    expect(parseDocument('529.982.247-25')).toEqual({ ok: true, value: '52998224725' });
    expect(parseDocument('45.231.087/0001-46')).toEqual({ ok: true, value: '45231087000146' });
  });

  it('refuses wrong check digits and wrong lengths', () => {
    expect(parseDocument('529.982.247-26').ok).toBe(false);
    expect(parseDocument('111.111.111-11').ok).toBe(false);
    expect(parseDocument('1234').ok).toBe(false);
  });
});

describe('date fields', () => {
  it('bound a day in São Paulo: from its first instant to the first instant of the next', () => {
    expect(startOfDay('2026-03-01')).toBe('2026-03-01T03:00:00.000Z');
    expect(endOfDay('2026-03-01')).toBe('2026-03-02T03:00:00.000Z');
  });

  it("date a claim on the policy's first day from the instant coverage began, any other day from its start", () => {
    const startsAt = '2026-03-01T14:20:00.000Z';
    expect(claimInstant('2026-03-01', startsAt)).toBe(startsAt);
    expect(claimInstant('2026-03-05', startsAt)).toBe('2026-03-05T03:00:00.000Z');
    // Before the term: the day's start, which the API refuses as outside the term.
    expect(claimInstant('2026-02-28', startsAt)).toBe('2026-02-28T03:00:00.000Z');
    expect(claimInstant('2026-03-01', null)).toBe('2026-03-01T03:00:00.000Z');
  });
});
