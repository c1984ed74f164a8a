import { buildSchema, graphql } from 'graphql';
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
