/**
 * `npm run compose`: composes the subgraphs into schema/supergraph.graphql and reports what
 * changed for clients against the file it replaces (breaking changes first).
 * It also writes schema/api.graphql, the schema clients see (with the gateway's subscriptions), which
 * codegen types the shared operations against.
 * `npm run compose -- --check`: fails when the subgraphs do not compose or the files are stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchemaOf, compareApiSchemas, composeSupergraph } from './compose';
import { extendSchema, parse, printSchema } from 'graphql';
import { API_SCHEMA_PATH, SUBGRAPHS, SUPERGRAPH_PATH } from './subgraphs';
import { SUBSCRIPTION_TYPE_DEFS } from '../subscriptions/subscription-schema';

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const supergraph = composeSupergraph(SUBGRAPHS);
  const apiSchema = printSchema(extendSchema(supergraph.apiSchema, parse(SUBSCRIPTION_TYPE_DEFS)));
  const previous = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : undefined;
  const previousApi = existsSync(API_SCHEMA_PATH) ? readFileSync(API_SCHEMA_PATH, 'utf8') : undefined;
  if (previous === supergraph.sdl && previousApi === apiSchema) {
    process.stdout.write('schema/supergraph.graphql is up to date\n');
    return 0;
  }
  if (previous !== undefined) {
    const changes = await compareApiSchemas(apiSchemaOf(previous), supergraph.apiSchema);
    process.stdout.write(changes.length === 0 ? 'No change visible to clients.\n' : `${changes.map((c) => `${c.level.padEnd(9)} ${c.message}`).join('\n')}\n`);
  }
  if (check) {
    process.stderr.write('schema/supergraph.graphql is stale: run `npm run compose` and commit it\n');
    return 1;
  }
  writeFileSync(SUPERGRAPH_PATH, supergraph.sdl);
  writeFileSync(API_SCHEMA_PATH, apiSchema);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
