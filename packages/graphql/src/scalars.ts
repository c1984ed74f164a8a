import { Decimal, Money } from '@bank/kernel';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** A value one of our scalars refused; graphql-js reports a refused literal as a validation error carrying it. */
export class ScalarInputError extends GraphQLError {
  constructor(message: string, node?: ValueNode) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' }, ...(node === undefined ? {} : { nodes: node }) });
  }
}

/** graphql-js reports a literal's GraphQLError as it is: carrying the literal's node, it says where it sits. */
const fromLiteral =
  <T>(parse: (ast: ValueNode) => T) =>
  (ast: ValueNode): T => {
    try {
      return parse(ast);
    } catch (error) {
      throw error instanceof ScalarInputError ? new ScalarInputError(error.message, ast) : error;
    }
  };

const invalid = (message: string): GraphQLError => new ScalarInputError(message);

const stringLiteral = (ast: ValueNode, scalar: string): string => {
  if (ast.kind !== Kind.STRING) throw invalid(`${scalar} must be written as a string`);
  return ast.value;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string') throw invalid('Date must be a string such as "2026-01-31"');
  const match = DATE.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number) as [number, number, number];
  const date = match && new Date(Date.UTC(year, month - 1, day));
  if (!date || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalid(`Date must be a calendar date written YYYY-MM-DD; got "${value}"`);
  }
  return value;
};

const parseDateTime = (value: unknown): Date => {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`DateTime must be an RFC 3339 date-time with a zone, such as "2026-01-31T12:00:00Z"; got ${JSON.stringify(value)}`);
  }
  return new Date(value);
};

const parseDecimal = (value: unknown): string => {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw invalid(`Decimal must be a string such as "1234.56" (numbers are refused: they travel as floats); got ${JSON.stringify(value)}`);
  }
  return value;
};

/**
 * What a resolver returns for a Decimal field (codegen maps the scalar's output to it): Money, a
 * decimal.js Decimal or a decimal string. The scalar writes it; no resolver stringifies.
 */
export type DecimalOutput = Money | Decimal | string;

/** What a resolver returns for a Date field: a calendar-date value whose `toString()` is YYYY-MM-DD, or that string. */
export type DateOutput = string | { toString(): string };

const serializeDecimal = (value: unknown): string => {
  if (value instanceof Money) return value.toString();
  if (Decimal.isDecimal(value)) return new Decimal(value).toFixed();
  return parseDecimal(value);
};

/** A calendar date without a time zone, "YYYY-MM-DD", carried as that string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parseDate(typeof value === 'object' && value !== null ? String(value) : value),
  parseValue: parseDate,
  parseLiteral: fromLiteral((ast) => parseDate(stringLiteral(ast, 'Date'))),
});

/** An instant; a JavaScript Date inside, RFC 3339 in UTC on the wire. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, RFC 3339 (e.g. 2026-01-31T12:00:00.000Z).',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: fromLiteral((ast) => parseDateTime(stringLiteral(ast, 'DateTime'))),
});

/**
 * An exact decimal number carried as a string ("1234.56"). The scalar checks the form only;
 * the use case decides the precision it accepts (two decimals for money, four for a rate).
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.56". Never a float.',
  serialize: serializeDecimal,
  parseValue: parseDecimal,
  parseLiteral: fromLiteral((ast) => parseDecimal(stringLiteral(ast, 'Decimal'))),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar };

export const scalarTypeDefs = /* GraphQL */ `
  "A calendar date, YYYY-MM-DD."
  scalar Date
  "An instant, RFC 3339."
  scalar DateTime
  "An exact decimal number as a string, e.g. \\"1234.56\\". Never a float."
  scalar Decimal
`;
