import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, extendSchema, Kind, parse, printSchema, validate } from 'graphql';
import { composeSupergraph } from '../gateway/src/composition/compose';
import { COLLECTION_DIR, OPERATIONS_DIR, requestCollection } from '../gateway/src/composition/request-collection';
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

  it('the request collection is what schema/ generates (run `npm run collection`)', () => {
    const collection = requestCollection();
    const onDisk = (readdirSync(COLLECTION_DIR, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.bru') || file.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual([...collection.keys()].sort());
    for (const [file, content] of collection) expect([file, readFileSync(join(COLLECTION_DIR, file), 'utf8')]).toEqual([file, content]);
  });

  it('has a valid request for every shipped query and mutation and for every mutation of the API', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    const requests = [...requestCollection()].filter(([file]) => file.endsWith('.bru') && !file.startsWith('environments/'));
    const bodyOf = (content: string) => /^body:graphql \{\n([\s\S]*?)\n\}$/m.exec(content)?.[1] ?? '';
    for (const [file, content] of requests) expect([file, validate(schema, parse(bodyOf(content))).map(({ message }) => message)]).toEqual([file, []]);
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(requests.filter(([file]) => file.startsWith('mutations/')).map(([file]) => file)).toEqual(mutations.map((name) => `mutations/${name}.bru`));
    const shipped = readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8')).definitions)
      .flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'subscription' ? [`operations/${definition.name?.value}.bru`] : [],
      );
    expect(
      requests
        .filter(([file]) => file.startsWith('operations/'))
        .map(([file]) => file)
        .sort(),
    ).toEqual(shipped.sort());
  });
});
