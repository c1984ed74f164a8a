import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { literalPath, variablePath } from './argument-paths';
import { ScalarInputError } from './scalars';

/** graphql-js's wording of a variable that failed coercion: `Variable "$input" got invalid value "1e3" at "input.amount"; …`. */
const INVALID_VARIABLE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; /;

/**
 * A malformed input value as a BAD_USER_INPUT naming its argument path ("input.amount"): a variable
 * graphql-js could not coerce (a scalar's parseValue refused it, a wrong type), or a literal a scalar's
 * parseLiteral refused (reported by graphql-js as a validation error); null for any other error.
 */
export function badInputOf(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  // What a subgraph already named (passed on by the gateway) stays: only the subgraph has the document.
  const named = formatted.extensions?.field;
  if (formatted.extensions?.code === 'BAD_USER_INPUT' && typeof named === 'string') return withCode(formatted, named);
  const variable = INVALID_VARIABLE.exec(formatted.message);
  if (formatted.extensions?.code === 'BAD_USER_INPUT' && variable !== null) {
    const [, name = '', path] = variable;
    // graphql-js's path starts with the variable's name: what follows it is inside the variable's value.
    const within = path?.split('.').slice(1) ?? [];
    return withCode(formatted, error instanceof GraphQLError ? variablePath(error, name, within) : (path ?? name));
  }
  const scalarRefused = error instanceof GraphQLError && error.originalError instanceof ScalarInputError;
  return scalarRefused ? withCode(formatted, literalPath(error)) : null;
}

function withCode(formatted: GraphQLFormattedError, field: string | undefined): GraphQLFormattedError {
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: {
      code: 'BAD_USER_INPUT',
      ...(field === undefined ? {} : { field }),
      // Set by the gateway on what a subgraph refused.
      ...(typeof formatted.extensions?.serviceName === 'string' ? { serviceName: formatted.extensions.serviceName } : {}),
    },
  };
}
