import { Kind, parse, visit, type ASTNode, type DocumentNode, type FieldNode, type GraphQLError } from 'graphql';

/**
 * The full argument path ("input.amount") that errors name in `extensions.field`, whether the client
 * wrote the value inline or in a variable: what a form needs to put the error beside its field.
 */

/** Calls `visitor` with every node of the document and the argument path it sits at (`[]` outside arguments). */
function walk(document: DocumentNode, visitor: (node: ASTNode, path: readonly string[]) => void): void {
  const path: string[] = [];
  const named = { enter: (node: { name: { value: string } }) => void path.push(node.name.value), leave: () => void path.pop() };
  visit(document, {
    enter: (node) => visitor(node, path),
    [Kind.ARGUMENT]: { enter: (node) => (visitor(node, path), named.enter(node)), leave: named.leave },
    [Kind.OBJECT_FIELD]: { enter: (node) => (visitor(node, path), named.enter(node)), leave: named.leave },
  });
}

const documentOf = (error: GraphQLError): DocumentNode | null => {
  try {
    return error.source === undefined ? null : parse(error.source);
  } catch {
    return null;
  }
};

/** Where a literal a scalar refused sits: the error's node, found again in its document. */
export function literalPath(error: GraphQLError): string | undefined {
  const start = error.nodes?.[0]?.loc?.start;
  const document = documentOf(error);
  if (start === undefined || document === null) return undefined;
  let found: string | undefined;
  walk(document, (node, path) => {
    if (found === undefined && node.loc?.start === start && path.length > 0 && node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) {
      found = path.join('.');
    }
  });
  return found;
}

/**
 * Where a variable's refused value sits: the argument path the variable is used at, then the path inside
 * the variable's value graphql-js reported (`within`, without the variable's own name).
 */
export function variablePath(error: GraphQLError, variable: string, within: readonly string[]): string {
  const document = documentOf(error);
  let usedAt: readonly string[] | undefined;
  if (document !== null) {
    walk(document, (node, path) => {
      if (usedAt === undefined && node.kind === Kind.VARIABLE && node.name.value === variable && path.length > 0) usedAt = [...path];
    });
  }
  return [...(usedAt ?? [variable]), ...within].join('.');
}

/**
 * A resolver's error names an input field as its use case knows it ("amount"); the client sent it under
 * the field's argument ("input.amount"). A name that is already one of the field's arguments stays.
 */
export function qualifiedField(field: string, error: unknown): string {
  const node = (error as Partial<GraphQLError> | null)?.nodes?.[0];
  if (node?.kind !== Kind.FIELD) return field;
  const argumentNames = ((node as FieldNode).arguments ?? []).map((argument) => argument.name.value);
  const [first = ''] = field.split(/[.[]/);
  return argumentNames.includes(first) || !argumentNames.includes('input') ? field : `input.${field}`;
}
