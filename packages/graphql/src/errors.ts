import { unwrapResolverError } from '@apollo/server/errors';
import { isAppError, isClientErrorCode } from '@bank/kernel';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { qualifiedField } from './argument-paths';
import { badInputOf } from './input-errors';

/**
 * The one place where errors become what clients see. An AppError keeps its message and code
 * (and the input field it names, by its full argument path: "input.amount"); GraphQL's own errors (parse, validation, variable coercion)
 * keep theirs when the code is one of the published CLIENT_ERROR_CODES; anything else is logged and
 * masked as INTERNAL_SERVER_ERROR.
 */
export const formatError =
  (logger: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      return {
        ...formatted,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.field === undefined ? {} : { field: qualifiedField(original.field, error) }),
          ...(original.reason === undefined ? {} : { reason: original.reason }),
        },
      };
    }
    const badInput = badInputOf(formatted, error);
    if (badInput !== null) return badInput;
    const code = formatted.extensions?.code;
    if (isClientErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR')
      return { ...formatted, extensions: pick(formatted.extensions, ['code', 'field', 'reason', 'serviceName']) };
    logger.error({ err: original, path: formatted.path, code }, 'unexpected error in a resolver');
    const { path, locations } = formatted;
    return { message: 'Internal server error', ...(path ? { path } : {}), ...(locations ? { locations } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };

const pick = (extensions: Readonly<Record<string, unknown>> | undefined, names: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(names.flatMap((name) => (extensions?.[name] === undefined ? [] : [[name, extensions[name]]])));
