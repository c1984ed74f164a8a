import { composeServices } from '@apollo/composition';
import { Supergraph as FederationSupergraph } from '@apollo/federation-internals';
import { buildSchema, printSchema, type GraphQLSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';
import type { SubgraphSource } from './subgraphs';

export class CompositionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The subgraphs do not compose:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

export interface Supergraph {
  readonly sdl: string;
  /** The schema clients see (federation machinery removed). */
  readonly apiSchema: GraphQLSchema;
}

/** Composes the subgraphs' SDL files into a supergraph, or throws naming every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Supergraph {
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: typeDefs() })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return { sdl: result.supergraphSdl, apiSchema: buildSchema(printSchema(result.schema.toAPISchema().toGraphQLJSSchema())) };
}

export interface SchemaChange {
  readonly level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  readonly message: string;
  /** What it touches, as graphql-inspector names it: `Type`, `Type.field`, `Type.field.argument`. */
  readonly path: string | undefined;
}

/** What a client would notice going from `before` to `after`, breaking changes first. */
export async function compareApiSchemas(before: GraphQLSchema, after: GraphQLSchema): Promise<SchemaChange[]> {
  const order = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 } as const;
  const changes = await diff(before, after);
  return changes
    .map((change) => ({
      level:
        change.criticality.level === CriticalityLevel.Breaking
          ? ('BREAKING' as const)
          : change.criticality.level === CriticalityLevel.Dangerous
            ? ('DANGEROUS' as const)
            : ('SAFE' as const),
      message: change.message,
      path: change.path,
    }))
    .sort((a, b) => order[a.level] - order[b.level]);
}

/** The API schema of a supergraph SDL (a file written earlier). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printSchema(FederationSupergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
}
