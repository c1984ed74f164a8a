import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { Loaders } from '@bank/graphql';
import { isAppError } from '@bank/kernel';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import { customerById, me, visibleCustomers, type CustomerIdentity, type SignedInIdentities } from './application/customers';

interface CustomerRef {
  readonly id: string;
}

/** What the identity resolvers see: the request's principal, and the loaders of one subgraph fetch. */
interface IdentityContext extends GatewayContext {
  readonly loaders: Loaders;
}

/**
 * The `identity` subgraph runs inside the gateway: the customer is who the token says, so
 * `me` answers even while another subgraph is down, and every subgraph hangs its fields on it.
 */
export function identityDataSource(identities: SignedInIdentities): LocalGraphQLDataSource<GatewayContext> {
  // From the package root, so the built dist/ reads the same file.
  const typeDefs = parse(readFileSync(resolve(__dirname, '..', '..', 'src', 'identity', 'schema.graphql'), 'utf8'));
  const resolvers: GraphQLResolverMap<IdentityContext> = {
    Query: {
      me: (_: unknown, __: unknown, { principal }: IdentityContext) => me(principal),
      customer: (_: unknown, { id }: CustomerRef, { principal }: IdentityContext) => customerById(identities, principal, id),
    },
    Customer: {
      __resolveReference: ({ id }: CustomerRef, { principal, loaders }: IdentityContext) =>
        loaders.get<CustomerIdentity>('customer', (ids) => visibleCustomers(identities, principal, ids)).load(id),
    },
  };
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  return new IdentityDataSource(schema);
}

/** Distinct queries the planner sends the identity subgraph: a handful per operation shape. */
const MAX_CACHED_DOCUMENTS = 1_000;

/**
 * Executes in process, and gives errors their code as a remote subgraph's server would. The query
 * planner sends the same few queries over and over: each is parsed and validated once, then only executed.
 */
class IdentityDataSource extends LocalGraphQLDataSource<GatewayContext> {
  private readonly documents = new Map<string, DocumentNode>();

  override async process({
    request,
    context,
  }: Parameters<LocalGraphQLDataSource<GatewayContext>['process']>[0]): ReturnType<LocalGraphQLDataSource<GatewayContext>['process']> {
    const valid = this.validDocument(request.query ?? '');
    const response =
      'errors' in valid
        ? valid
        : await execute({
            schema: this.schema,
            document: valid.document,
            variableValues: request.variables,
            operationName: request.operationName,
            contextValue: { ...(context as GatewayContext), loaders: new Loaders() } satisfies IdentityContext,
          });
    return response.errors ? { ...response, errors: response.errors.map(withCode) } : response;
  }

  /** The parsed query once it validates (cached), or why it does not (not cached). */
  private validDocument(query: string): { readonly document: DocumentNode } | { readonly errors: readonly GraphQLError[] } {
    const cached = this.documents.get(query);
    if (cached !== undefined) return { document: cached };
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) return { errors };
    // Oldest first out: a Map iterates in insertion order.
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(query, document);
    return { document };
  }
}

const withCode = (error: GraphQLFormattedError): GraphQLFormattedError =>
  error instanceof GraphQLError && isAppError(error.originalError)
    ? { message: error.originalError.message, ...(error.path ? { path: error.path } : {}), extensions: { code: error.originalError.code } }
    : error;
