import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { extendSchema, parse, printSchema } from 'graphql';
import { composeSupergraph } from '../gateway/src/composition/compose';
import { API_SCHEMA_PATH, SUBGRAPHS, SUPERGRAPH_PATH } from '../gateway/src/composition/subgraphs';
import { SUBSCRIPTION_TYPE_DEFS } from '../gateway/src/subscriptions/subscription-schema';

const root = join(__dirname, '..');

describe('committed generated files', () => {
  it('the supergraph and the API schema are what the subgraphs compose to (run `npm run compose`)', () => {
    const supergraph = composeSupergraph(SUBGRAPHS);
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraph.sdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(printSchema(extendSchema(supergraph.apiSchema, parse(SUBSCRIPTION_TYPE_DEFS))));
  });

  it('the code generated from the schemas is up to date (run `npm run codegen`)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) expect([filename, readFileSync(join(root, filename), 'utf8')]).toEqual([filename, content]);
  }, 60_000);
});
