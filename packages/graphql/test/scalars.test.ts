import { buildSchema, graphql } from 'graphql';
import { Decimal, Money } from '@bank/kernel';
import { scalarResolvers, scalarTypeDefs } from '../src';

const schema = buildSchema(`${scalarTypeDefs} type Query { echo(date: Date, at: DateTime, amount: Decimal): String }`);
Object.assign(schema.getType('Date')!, scalarResolvers.Date);
Object.assign(schema.getType('DateTime')!, scalarResolvers.DateTime);
Object.assign(schema.getType('Decimal')!, scalarResolvers.Decimal);

const echo = async (args: string, variableValues?: Record<string, unknown>) =>
  graphql({
    schema,
    source: variableValues ? `query($a: Decimal) { echo${args} }` : `{ echo${args} }`,
    variableValues: variableValues ?? {},
    rootValue: { echo: (a: Record<string, unknown>) => JSON.stringify(a) },
  });

describe('scalars', () => {
  it('accept well-formed values from literals and variables', async () => {
    expect((await echo('(date: "2028-02-29", at: "2026-01-31T12:00:00-03:00", amount: "1234.56")')).data?.echo).toBe(
      '{"date":"2028-02-29","at":"2026-01-31T15:00:00.000Z","amount":"1234.56"}',
    );
    expect((await echo('(amount: $a)', { a: '0.10' })).data?.echo).toBe('{"amount":"0.10"}');
  });

  it.each([
    ['(date: "2027-02-29")', 'Date must be a calendar date'],
    ['(date: "31/01/2026")', 'Date must be a calendar date'],
    ['(at: "2026-01-31T12:00:00")', 'DateTime must be an RFC 3339 date-time with a zone'],
    ['(amount: 10.5)', 'Decimal must be written as a string'],
    ['(amount: "1e3")', 'Decimal must be a string such as'],
    ['(amount: "NaN")', 'Decimal must be a string such as'],
  ])('refuse %s with BAD_USER_INPUT', async (args, message) => {
    const result = await echo(args);
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('refuses a float passed as a variable', async () => {
    const result = await echo('(amount: $a)', { a: 10.5 });
    expect(result.errors?.[0]?.message).toContain('numbers are refused');
  });
});

describe('scalars serialize the domain values resolvers return', () => {
  it('write Money, Decimal and calendar dates, never in exponent form', () => {
    expect(scalarResolvers.Decimal.serialize(Money.parse('1234.50'))).toBe('1234.50');
    expect(scalarResolvers.Decimal.serialize(new Decimal('0.0000001'))).toBe('0.0000001');
    expect(scalarResolvers.Decimal.serialize(new Decimal('1.49'))).toBe('1.49');
    expect(scalarResolvers.Decimal.serialize('10.00')).toBe('10.00');
    expect(scalarResolvers.Date.serialize({ toString: () => '2026-01-31' })).toBe('2026-01-31');
    expect(scalarResolvers.DateTime.serialize(new Date('2026-01-31T12:00:00-03:00'))).toBe('2026-01-31T15:00:00.000Z');
  });

  it('refuse what is not one', () => {
    expect(() => scalarResolvers.Decimal.serialize(10.5)).toThrow('numbers are refused');
    expect(() => scalarResolvers.Date.serialize({ toString: () => '31/01/2026' })).toThrow('Date must be a calendar date');
  });
});
