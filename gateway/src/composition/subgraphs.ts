import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { subgraphTypeDefs } from '@bank/graphql';
import { parse, type DocumentNode } from 'graphql';

export interface SubgraphSource {
  readonly name: string;
  /** Development routing URL written into the supergraph; the gateway overrides it from its configuration. */
  readonly url: string;
  /** Its own SDL file. */
  readonly schemaPath: string;
  /** Its type definitions, as it serves them. */
  typeDefs(): DocumentNode;
}

const root = resolve(__dirname, '../../..');

/** The identity subgraph's schema is its file alone; the bank's subgraphs read theirs after the shared base. */
const ownSdl = (schemaPath: string): DocumentNode => parse(readFileSync(schemaPath, 'utf8'));
const source = (name: string, url: string, schemaPath: string, read = subgraphTypeDefs): SubgraphSource => ({
  name,
  url,
  schemaPath,
  typeDefs: () => read(schemaPath),
});

/** Every subgraph of the supergraph. `identity` runs inside the gateway itself. */
export const SUBGRAPHS: readonly SubgraphSource[] = [
  source('identity', 'http://127.0.0.1:4000/identity', resolve(root, 'gateway/src/identity/schema.graphql'), ownSdl),
  source('pix', 'http://127.0.0.1:4001/graphql', resolve(root, 'subgraphs/pix/src/graphql/schema.graphql')),
  source('loans', 'http://127.0.0.1:4002/graphql', resolve(root, 'subgraphs/loans/src/graphql/schema.graphql')),
  source('insurance', 'http://127.0.0.1:4003/graphql', resolve(root, 'subgraphs/insurance/src/graphql/schema.graphql')),
  source('accounts', 'http://127.0.0.1:4004/graphql', resolve(root, 'subgraphs/accounts/src/graphql/schema.graphql')),
];

export const SUPERGRAPH_PATH = resolve(root, 'schema/supergraph.graphql');
export const API_SCHEMA_PATH = resolve(root, 'schema/api.graphql');
