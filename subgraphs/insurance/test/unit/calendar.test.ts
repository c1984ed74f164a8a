import { calendarDateInBrasilia, daysBetween, fullYearsBetween, oneYearLater, parseCalendarDate } from '../../src/domain';

const date = (text: string) => parseCalendarDate(text, 'date');

describe('calendar', () => {
  it.each([
    ['1985-03-20', '2025-03-19', 39],
    ['1985-03-20', '2025-03-20', 40],
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18], // Código Civil art. 132 §3: the next day when the month has no such day
    ['2004-02-29', '2024-02-29', 20],
  ])('from %s to %s is %i full years', (from, to, years) => {
    expect(fullYearsBetween(date(from), date(to))).toBe(years);
  });

  it.each([
    ['2025-01-10', '2026-01-10', 365],
    ['2027-06-01', '2028-06-01', 366],
    ['2025-07-10', '2026-01-10', 184],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(date(from), date(to))).toBe(days);
  });

  it('reads the calendar date in Brasília (UTC−3)', () => {
    expect(calendarDateInBrasilia(new Date('2025-06-16T02:59:59Z'))).toBe('2025-06-15');
    expect(calendarDateInBrasilia(new Date('2025-06-16T03:00:00Z'))).toBe('2025-06-16');
  });

  it('moves one year ahead keeping the Brasília wall-clock time; 29 February becomes 1 March', () => {
    expect(oneYearLater(new Date('2025-01-10T15:00:00Z'))).toEqual(new Date('2026-01-10T15:00:00Z'));
    expect(oneYearLater(new Date('2024-02-29T15:00:00Z'))).toEqual(new Date('2025-03-01T15:00:00Z'));
    // 2024-03-01 01:00 UTC is still 29 February in Brasília
    expect(oneYearLater(new Date('2024-03-01T01:00:00Z'))).toEqual(new Date('2025-03-02T01:00:00Z'));
  });

  it.each(['2025-02-29', '2025-13-01', '25-01-01', '2025-1-1', ''])('refuses %p', (text) => {
    expect(() => date(text)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'date' }));
  });
});
