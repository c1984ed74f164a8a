import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  typeFromAST,
  valueFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { API_SCHEMA_PATH } from './subgraphs';

const root = resolve(__dirname, '../../..');
export const OPERATIONS_DIR = resolve(root, 'schema/operations');
/** A Bruno collection (open the folder in Bruno, or run it with `bru run`). */
export const COLLECTION_DIR = resolve(root, 'requests');

/** What `npm run collection` writes: file path (relative to COLLECTION_DIR) → content. */
export type Collection = ReadonlyMap<string, string>;

const GENERATED = 'Generated from schema/ by `npm run collection` (part of `npm run codegen`); do not edit.';

/**
 * The request collection: every query and mutation of schema/operations (what frontends send),
 * then one request per mutation of the API, with example variables, all against the local
 * environment's gateway with a bearer token. Subscriptions need a WebSocket: the explorers run them.
 */
export function requestCollection(): Collection {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  const files = new Map<string, string>([
    ['bruno.json', `${JSON.stringify({ version: '1', name: 'Core Digital Banking', type: 'collection', ignore: ['node_modules', '.git'] }, null, 2)}\n`],
    ['environments/local.bru', `vars {\n  baseUrl: http://localhost:4000\n}\nvars:secret [\n  token\n]\n`],
  ]);
  const shipped = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  let seq = 0;
  for (const file of shipped) {
    const document = parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
    for (const operation of document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)) {
      if (operation.operation === 'subscription' || operation.name === undefined) continue;
      const name = operation.name.value;
      const query = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, document)] } as DocumentNode);
      files.set(
        `operations/${name}.bru`,
        request({ name, seq: ++seq, query, variables: operationVariables(schema, operation), docs: `From schema/operations/${file}.` }),
      );
    }
  }
  seq = 0;
  const mutations = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(mutations)) {
    files.set(
      `mutations/${field.name}.bru`,
      request({
        name: field.name,
        seq: ++seq,
        query: mutationDocument(field),
        variables: Object.fromEntries(field.args.map((arg) => [arg.name, example(arg.type, arg.name)])),
        docs: field.description ?? '',
      }),
    );
  }
  return files;
}

function request({
  name,
  seq,
  query,
  variables,
  docs,
}: {
  name: string;
  seq: number;
  query: string;
  variables: Record<string, unknown>;
  docs: string;
}): string {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => (line === '' ? '' : `  ${line}`))
      .join('\n');
  return (
    [
      `meta {\n  name: ${name}\n  type: graphql\n  seq: ${seq}\n}`,
      `post {\n  url: {{baseUrl}}/graphql\n  body: graphql\n  auth: bearer\n}`,
      `auth:bearer {\n  token: {{token}}\n}`,
      `body:graphql {\n${indent(query)}\n}`,
      `body:graphql:vars {\n${indent(JSON.stringify(variables, null, 2))}\n}`,
      `docs {\n${indent([docs, GENERATED].filter((line) => line !== '').join('\n\n'))}\n}`,
    ].join('\n\n') + '\n'
  );
}

/** A mutation taking each argument as a variable and selecting what it returns (see `selectionOf`). */
function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const name = field.name.charAt(0).toUpperCase() + field.name.slice(1);
  return print(parse(`mutation ${name}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selectionOf(field.type)} }`));
}

const takesNoRequiredArgument = (field: GraphQLField<unknown, unknown>): boolean => field.args.every((arg) => !isNonNullType(arg.type));

/**
 * The leaf fields of an object type; a payload with no leaves of its own (`XPayload { x }`) selects
 * the leaves of its object fields instead.
 */
function selectionOf(type: GraphQLOutputType, nested = false): string {
  const returned = getNamedType(type);
  if (!isObjectType(returned)) return '';
  const fields = Object.values(returned.getFields()).filter(takesNoRequiredArgument);
  const leaves = fields.filter((child) => isLeafType(getNamedType(child.type))).map((leaf) => leaf.name);
  if (leaves.length > 0) return ` { ${leaves.join(' ')} }`;
  if (nested) return '';
  const objects = fields.map((child) => `${child.name}${selectionOf(child.type, true)}`).filter((selection) => selection.includes('{'));
  return objects.length > 0 ? ` { ${objects.join(' ')} }` : '';
}

function operationVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      if (type === undefined) throw new Error(`Unknown type of $${definition.variable.name.value} in schema/operations`);
      const given = definition.defaultValue ? valueFromAST(definition.defaultValue, type) : undefined;
      return [definition.variable.name.value, given ?? example(type, definition.variable.name.value)];
    }),
  );
}

/** Example values, so a request is a form to fill in rather than a blank. */
const SCALAR_EXAMPLES: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Decimal: '100.00',
  Date: '2027-01-31',
  DateTime: '2027-01-31T12:00:00.000Z',
};

function example(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return example(type.ofType, name);
  if (isListType(type)) return [example(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || !isInputObjectType(getNamedType(field.type)));
    return Object.fromEntries(fields.map((field) => [field.name, example(field.type, field.name)]));
  }
  return SCALAR_EXAMPLES[type.name] ?? name;
}

/** The fragments of the document an operation spreads, directly or through other fragments: a request carrying an unused one is invalid. */
function fragmentsUsedBy(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const used = new Set<string>();
  const follow = (node: ASTNode) =>
    visit(node, {
      FragmentSpread: ({ name: { value } }) => {
        const fragment = fragments.get(value);
        if (fragment === undefined || used.has(value)) return;
        used.add(value);
        follow(fragment);
      },
    });
  follow(operation);
  return [...fragments.values()].filter(({ name }) => used.has(name.value));
}
