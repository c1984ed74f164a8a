import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { forbidden, isAppError } from '@bank/kernel';
import { canSee, isStaff, requireAuthenticated, type Principal } from '@bank/identity';
import { GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';

interface CustomerRef {
  readonly id: string;
}

const customerView = (principal: Principal, id: string) =>
  principal.kind === 'authenticated' && principal.id === id
    ? { id, name: principal.name || null, document: principal.document || null }
    : { id, name: null, document: null };

/**
 * The `identity` subgraph runs inside the gateway: the customer is who the token says, so
 * `me` answers even while another subgraph is down, and every subgraph hangs its fields on it.
 */
export function identityDataSource(): LocalGraphQLDataSource<GatewayContext> {
  // From the package root, so the built dist/ reads the same file.
  const typeDefs = parse(readFileSync(resolve(__dirname, '..', '..', 'src', 'identity', 'schema.graphql'), 'utf8'));
  const resolvers: GraphQLResolverMap<GatewayContext> = {
    Query: {
      me: (_: unknown, __: unknown, { principal }: GatewayContext) => customerView(principal, requireAuthenticated(principal).id),
      customer: (_: unknown, { id }: CustomerRef, { principal }: GatewayContext) => {
        requireAuthenticated(principal);
        if (!isStaff(principal)) throw forbidden('Only staff look customers up by id');
        return customerView(principal, id);
      },
    },
    Customer: {
      __resolveReference: ({ id }: CustomerRef, { principal }: GatewayContext) => (canSee(principal, id) ? customerView(principal, id) : null),
    },
  };
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  return new IdentityDataSource(schema);
}

/** Executes in process, and gives errors their code as a remote subgraph's server would. */
class IdentityDataSource extends LocalGraphQLDataSource<GatewayContext> {
  override async process(
    options: Parameters<LocalGraphQLDataSource<GatewayContext>['process']>[0],
  ): ReturnType<LocalGraphQLDataSource<GatewayContext>['process']> {
    const response = await super.process(options);
    return response.errors ? { ...response, errors: response.errors.map(withCode) } : response;
  }
}

const withCode = (error: GraphQLFormattedError): GraphQLFormattedError =>
  error instanceof GraphQLError && isAppError(error.originalError)
    ? { message: error.originalError.message, ...(error.path ? { path: error.path } : {}), extensions: { code: error.originalError.code } }
    : error;
