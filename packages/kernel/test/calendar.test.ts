import { BusinessDate } from '../src';

describe('BusinessDate', () => {
  it('parses YYYY-MM-DD and prints it back', () => {
    const date = BusinessDate.parse('2028-02-29');
    expect([date.year, date.month, date.day]).toEqual([2028, 2, 29]);
    expect(date.toString()).toBe('2028-02-29');
    expect(JSON.stringify({ date })).toBe('{"date":"2028-02-29"}');
  });

  it.each([['2027-02-29'], ['2027-04-31'], ['2027-13-01'], ['2027-00-10'], ['2027-1-5'], ['2027/01/31'], ['31-01-2027'], [''], [20270131], [null]])(
    'refuses %p with BAD_USER_INPUT naming the field',
    (input) => {
      expect(() => BusinessDate.parse(input, 'startDate')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'startDate' }));
    },
  );

  it.each([
    // from the 31st: clamped to the month's end, and back to the 31st where the month has it
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-01-31', 2, '2027-03-31'],
    ['2027-01-31', 3, '2027-04-30'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-01-31', 13, '2028-02-29'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-01-15', 420, '2061-01-15'],
    ['2027-03-31', -1, '2027-02-28'],
  ])('%s plus %i months is %s', (start, months, expected) => {
    expect(BusinessDate.parse(start).addMonthsClamped(months).toString()).toBe(expected);
  });

  it('counts calendar days, leap days included', () => {
    expect(BusinessDate.of(2027, 1, 31).daysUntil(BusinessDate.of(2027, 3, 1))).toBe(29); // 28 days of February + 1
    expect(BusinessDate.of(2028, 1, 31).daysUntil(BusinessDate.of(2028, 3, 1))).toBe(30);
    expect(BusinessDate.of(2026, 1, 1).daysUntil(BusinessDate.of(2027, 1, 1))).toBe(365);
    expect(BusinessDate.of(2028, 1, 1).daysUntil(BusinessDate.of(2029, 1, 1))).toBe(366);
    expect(BusinessDate.of(2027, 1, 1).daysUntil(BusinessDate.of(2026, 12, 31))).toBe(-1);
    expect(BusinessDate.of(2028, 2, 28).addDays(1).toString()).toBe('2028-02-29');
    expect(BusinessDate.of(2027, 12, 31).addDays(1).toString()).toBe('2028-01-01');
  });

  it('orders dates', () => {
    const [a, b] = [BusinessDate.of(2027, 1, 31), BusinessDate.of(2027, 2, 1)];
    expect(a.isBefore(b) && b.isAfter(a) && a.equals(BusinessDate.of(2027, 1, 31))).toBe(true);
    expect([a.compare(b), b.compare(a), a.compare(a)]).toEqual([-1, 1, 0]);
  });

  it('reads the business date in Brasília (UTC−3) from an instant and a clock', () => {
    const instant = new Date('2027-01-01T02:30:00Z'); // still 23:30 on Dec 31 in Brasília
    expect(BusinessDate.fromInstant(instant, -180).toString()).toBe('2026-12-31');
    expect(BusinessDate.fromInstant(instant, 0).toString()).toBe('2027-01-01');
    expect(BusinessDate.today({ now: () => instant }).toString()).toBe('2026-12-31');
  });

  it.each([
    ['1985-03-20', '2025-03-19', 39],
    ['1985-03-20', '2025-03-20', 40],
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18], // Código Civil art. 132 §3: the next day when the month has no such day
    ['2004-02-29', '2024-02-29', 20],
  ])('from %s to %s is %i full years', (from, to, years) => {
    expect(BusinessDate.parse(from).fullYearsUntil(BusinessDate.parse(to))).toBe(years);
  });

  it('takes a day in Brasília by default', () => {
    expect(BusinessDate.fromInstant(new Date('2025-06-16T02:59:59Z')).toString()).toBe('2025-06-15');
    expect(BusinessDate.fromInstant(new Date('2025-06-16T03:00:00Z')).toString()).toBe('2025-06-16');
  });

  it('begins a day at midnight in Brasília, 03:00 UTC, across month and year ends', () => {
    expect(BusinessDate.of(2026, 12, 31).startsAt().toISOString()).toBe('2026-12-31T03:00:00.000Z');
    expect(BusinessDate.of(2026, 12, 31).addDays(1).startsAt().toISOString()).toBe('2027-01-01T03:00:00.000Z');
    expect(BusinessDate.of(2026, 12, 31).startsAt(0).toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(BusinessDate.fromInstant(BusinessDate.of(2028, 2, 29).startsAt()).toString()).toBe('2028-02-29');
  });

  it('refuses an impossible date built in code', () => {
    expect(() => BusinessDate.of(2027, 2, 29)).toThrow(RangeError);
  });
});
