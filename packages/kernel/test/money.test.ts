import { Decimal, Money, parseDecimal, roundHalfEven } from '../src/money';

describe('Money.parse', () => {
  it.each([
    ['0', '0.00'],
    ['0.5', '0.50'],
    ['10', '10.00'],
    ['1234.56', '1234.56'],
    [' 7.10 ', '7.10'],
    ['999999999999999.99', '999999999999999.99'],
  ])('accepts %p as %p', (input, printed) => {
    expect(Money.parse(input).toString()).toBe(printed);
  });

  it.each([
    ['a float', 10.5],
    ['NaN', Number.NaN],
    ['null', null],
    ['three decimals', '1.234'],
    ['a negative amount', '-1.00'],
    ['an exponent', '1e3'],
    ['NaN as text', 'NaN'],
    ['a comma', '1,50'],
    ['a leading zero', '01.00'],
    ['a dangling point', '1.'],
    ['empty', ''],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_, input) => {
    expect(() => Money.parse(input, 'price')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'price' }));
  });

  it('parsePositive refuses zero', () => {
    expect(() => Money.parsePositive('0.00')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(Money.parsePositive('0.01').cents).toBe(1n);
  });
});

describe('NBR 5891 rounding', () => {
  it.each([
    ['1.005', '1.00'], // 5 followed by nothing, previous digit even: kept
    ['1.015', '1.02'], // previous digit odd: raised
    ['1.0250', '1.02'],
    ['1.0251', '1.03'], // more than half
    ['1.0349', '1.03'],
    ['2.675', '2.68'],
    ['-1.005', '-1.00'],
  ])('%s → %s', (exact, cents) => {
    expect(Money.fromDecimal(exact).toString()).toBe(cents);
    expect(roundHalfEven(new Decimal(exact), 2).toFixed(2)).toBe(cents);
  });
});

describe('arithmetic stays in cents', () => {
  it('adds without float error', () => {
    expect(Money.parse('0.10').add(Money.parse('0.20')).toString()).toBe('0.30');
  });

  it('takes a percentage rounded half to even', () => {
    expect(Money.parse('1000.00').percent('7.38').toString()).toBe('73.80');
    expect(Money.parse('0.50').percent('1').toString()).toBe('0.00'); // 0.005 → 0.00
    expect(Money.parse('1.50').percent('1').toString()).toBe('0.02'); // 0.015 → 0.02
  });

  it('sums, compares and prints negatives', () => {
    const total = Money.sum([Money.parse('1.00'), Money.parse('2.50')]);
    expect(total.toString()).toBe('3.50');
    expect(Money.parse('1.00').subtract(total).toString()).toBe('-2.50');
    expect(total.compare(Money.parse('3.50'))).toBe(0);
    expect(JSON.stringify({ total })).toBe('{"total":"3.50"}');
  });
});

describe('parseDecimal', () => {
  it('parses a percentage within bounds', () => {
    expect(parseDecimal('1.99', { field: 'monthlyRate', maxDecimals: 4, max: '20' }).toString()).toBe('1.99');
  });

  it.each([['21'], ['-1'], ['1.23456'], [1.99], ['abc']])('refuses %p', (input) => {
    expect(() => parseDecimal(input, { field: 'monthlyRate', maxDecimals: 4, min: '0', max: '20' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'monthlyRate' }),
    );
  });
});
