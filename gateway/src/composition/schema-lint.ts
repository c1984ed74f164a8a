import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

/**
 * The schema conventions (README, "API") checked on one SDL document: a subgraph's schema or the
 * composed API schema. Answers one line per problem, naming its schema coordinate.
 */
export function lintSchema(sdl: string): string[] {
  const definitions = parse(sdl).definitions;
  return [
    ...definitions.flatMap(describedEverywhere),
    ...definitions.flatMap(scalarsSpecified),
    ...amountsInBrl(definitions),
    ...mutationsShaped(definitions),
    ...connectionsRelay(definitions),
  ];
}

/** Operation types are described by their fields (a description on them would differ per subgraph). */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

type Member = FieldDefinitionNode | InputValueDefinitionNode;

function membersOf(definition: DefinitionNode): readonly Member[] {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return definition.fields ?? [];
    default:
      return [];
  }
}

const nameOf = (definition: DefinitionNode): string | null => ('name' in definition && definition.name !== undefined ? definition.name.value : null);

/** Every type, field, argument, input field and enum value has a description. */
function describedEverywhere(definition: DefinitionNode): string[] {
  const name = nameOf(definition);
  if (name === null || definition.kind === Kind.DIRECTIVE_DEFINITION) return [];
  const problems: string[] = [];
  const describedType = 'description' in definition && definition.description !== undefined;
  const isExtension = definition.kind === Kind.OBJECT_TYPE_EXTENSION;
  if (!describedType && !isExtension && !ROOT_TYPES.has(name)) problems.push(`${name}: no description`);
  for (const member of membersOf(definition)) {
    const coordinate = `${name}.${member.name.value}`;
    if (member.description === undefined) problems.push(`${coordinate}: no description`);
    if (member.kind === Kind.FIELD_DEFINITION)
      for (const argument of member.arguments ?? [])
        if (argument.description === undefined) problems.push(`${coordinate}(${argument.name.value}:): no description`);
  }
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION)
    for (const value of definition.values ?? []) if (value.description === undefined) problems.push(`${name}.${value.name.value}: no description`);
  return problems;
}

const directive = (directives: readonly ConstDirectiveNode[] | undefined, name: string) => directives?.find((node) => node.name.value === name);

/** Every custom scalar says where it is specified. */
function scalarsSpecified(definition: DefinitionNode): string[] {
  if (definition.kind !== Kind.SCALAR_TYPE_DEFINITION || directive(definition.directives, 'specifiedBy') !== undefined) return [];
  return [`${definition.name.value}: no @specifiedBy(url:)`];
}

/** A Decimal is money in BRL unless it is a rate (percent): its description says which. */
function amountsInBrl(definitions: readonly DefinitionNode[]): string[] {
  return definitions.flatMap((definition) =>
    membersOf(definition).flatMap((member) => {
      const values: readonly Member[] = [member, ...(member.kind === Kind.FIELD_DEFINITION ? (member.arguments ?? []) : [])];
      return values
        .filter((value) => namedType(value.type) === 'Decimal' && !/\bBRL\b|percent|%/i.test(value.description?.value ?? ''))
        .map(
          (value) =>
            `${nameOf(definition)}.${member.name.value}${value === member ? '' : `(${value.name.value}:)`}: a Decimal whose description says neither BRL nor percent`,
        );
    }),
  );
}

/** A mutation takes one `input` (and an `idempotencyKey: String!` beside it at most) and returns a non-null XPayload. */
function mutationsShaped(definitions: readonly DefinitionNode[]): string[] {
  return definitions
    .filter((definition) => nameOf(definition) === 'Mutation')
    .flatMap(membersOf)
    .flatMap((field) => {
      if (field.kind !== Kind.FIELD_DEFINITION) return [];
      const problems: string[] = [];
      const at = `Mutation.${field.name.value}`;
      const args = (field.arguments ?? []).map((argument) => `${argument.name.value}: ${print(argument.type)}`);
      const input = args.find((argument) => argument.startsWith('input: '));
      if (input === undefined || !input.endsWith('!')) problems.push(`${at}: takes no non-null input argument`);
      const others = args.filter((argument) => argument !== input && argument !== 'idempotencyKey: String!');
      if (others.length > 0) problems.push(`${at}: takes ${others.join(', ')} beside input (only idempotencyKey: String! may be)`);
      if (field.type.kind !== Kind.NON_NULL_TYPE || !namedType(field.type).endsWith('Payload'))
        problems.push(`${at}: returns ${print(field.type)}, not a non-null XPayload`);
      return problems;
    });
}

const RELAY_PAGE_INFO = ['endCursor: String', 'hasNextPage: Boolean!', 'hasPreviousPage: Boolean!', 'startCursor: String'];

/** Every XConnection has edges and the shared PageInfo, which has Relay's four fields. */
function connectionsRelay(definitions: readonly DefinitionNode[]): string[] {
  return definitions.flatMap((definition) => {
    const name = nameOf(definition);
    const fields = membersOf(definition).map((field) => `${field.name.value}: ${print(field.type)}`);
    if (name === 'PageInfo')
      return [...fields].sort().join() === RELAY_PAGE_INFO.join() ? [] : [`PageInfo: has ${fields.join(', ')}, not Relay's ${RELAY_PAGE_INFO.join(', ')}`];
    if (name?.endsWith('Connection') !== true || definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return [];
    const problems: string[] = [];
    if (!fields.some((field) => /^edges: \[\w+Edge!\]!$/.test(field))) problems.push(`${name}: no edges: [XEdge!]!`);
    if (!fields.includes('pageInfo: PageInfo!')) problems.push(`${name}: no pageInfo: PageInfo!`);
    return problems;
  });
}
