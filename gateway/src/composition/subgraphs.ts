import { resolve } from 'node:path';

export interface SubgraphSource {
  readonly name: string;
  /** Development routing URL written into the supergraph; the gateway overrides it from its configuration. */
  readonly url: string;
  readonly schemaPath: string;
}

const root = resolve(__dirname, '../../..');

/** Every subgraph of the supergraph. `identity` runs inside the gateway itself. */
export const SUBGRAPHS: readonly SubgraphSource[] = [
  { name: 'identity', url: 'http://127.0.0.1:4000/identity', schemaPath: resolve(root, 'gateway/src/identity/schema.graphql') },
  { name: 'pix', url: 'http://127.0.0.1:4001/graphql', schemaPath: resolve(root, 'subgraphs/pix/src/graphql/schema.graphql') },
  { name: 'loans', url: 'http://127.0.0.1:4002/graphql', schemaPath: resolve(root, 'subgraphs/loans/src/graphql/schema.graphql') },
  { name: 'insurance', url: 'http://127.0.0.1:4003/graphql', schemaPath: resolve(root, 'subgraphs/insurance/src/graphql/schema.graphql') },
  { name: 'accounts', url: 'http://127.0.0.1:4004/graphql', schemaPath: resolve(root, 'subgraphs/accounts/src/graphql/schema.graphql') },
];

export const SUPERGRAPH_PATH = resolve(root, 'schema/supergraph.graphql');
export const API_SCHEMA_PATH = resolve(root, 'schema/api.graphql');
