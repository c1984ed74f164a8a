import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { concatAST, parse, type DocumentNode } from 'graphql';

/** What every subgraph's schema shares; outside src/ so that src/ and dist/ both find it one level up. */
export const SUBGRAPH_BASE_PATH = resolve(__dirname, '..', 'subgraph-base.graphql');

/** A subgraph's type definitions: the shared base, then the subgraph's own SDL file. */
export function subgraphTypeDefs(schemaPath: string): DocumentNode {
  return concatAST([parse(readFileSync(SUBGRAPH_BASE_PATH, 'utf8')), parse(readFileSync(schemaPath, 'utf8'))]);
}
