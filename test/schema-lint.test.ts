import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print, type ObjectTypeDefinitionNode } from 'graphql';
import { lintSchema } from '../gateway/src/composition/schema-lint';
import { API_SCHEMA_PATH, SUBGRAPHS } from '../gateway/src/composition/subgraphs';

const sdlOf = (path: string) => readFileSync(path, 'utf8');

describe('schema lint: the API conventions, on every subgraph schema and on schema/api.graphql', () => {
  it.each([...SUBGRAPHS.map(({ name, typeDefs }) => [name, print(typeDefs())] as const), ['schema/api.graphql', sdlOf(API_SCHEMA_PATH)] as const])(
    '%s',
    (_, sdl) => {
      expect(lintSchema(sdl)).toEqual([]);
    },
  );

  it('one PageInfo: every subgraph that declares it declares the same type', () => {
    const pageInfos = SUBGRAPHS.flatMap(({ typeDefs }) =>
      typeDefs().definitions.filter((definition): definition is ObjectTypeDefinitionNode => 'name' in definition && definition.name?.value === 'PageInfo'),
    ).map((definition) => print(definition));
    expect(pageInfos.length).toBeGreaterThanOrEqual(4);
    expect(new Set(pageInfos).size).toBe(1);
  });

  it('reports each rule it checks', () => {
    const problems = lintSchema(`
      scalar Decimal
      type Thing { price: Decimal! "In BRL." total: Decimal! }
      enum Kind { "A." A B }
      type ThingConnection { "x" nodes: [Thing!]! "y" pageInfo: PageInfo! }
      type PageInfo { "x" hasNextPage: Boolean! "y" endCursor: String }
      type Mutation { "x" make("y" name: String!): Thing! }
    `);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Thing: no description',
        'Thing.price: no description',
        'Kind.B: no description',
        'Decimal: no @specifiedBy(url:)',
        'Thing.price: a Decimal whose description says neither BRL nor percent',
        'ThingConnection: no edges: [XEdge!]!',
        expect.stringMatching(/^PageInfo: has hasNextPage: Boolean!, endCursor: String, not Relay's/),
        'Mutation.make: takes no non-null input argument',
        'Mutation.make: takes name: String! beside input (only idempotencyKey: String! may be)',
        'Mutation.make: returns Thing!, not a non-null XPayload',
      ]),
    );
    expect(problems).not.toContain('Thing.total: a Decimal whose description says neither BRL nor percent');
  });
});
