import { isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { compareApiSchemas, type SchemaChange } from './compose';

/**
 * The paths schema/CHANGES.md announces as breaking: every `Type`, `Type.field` or
 * `Type.field.argument` in backticks on a list item. An announced path covers what lies under it.
 */
export function announcedPaths(changesMarkdown: string): ReadonlySet<string> {
  const items = changesMarkdown.split('\n').filter((line) => /^\s*[-*] /.test(line));
  return new Set(items.flatMap((line) => [...line.matchAll(/`([A-Za-z_][\w.]*)`/g)].flatMap(([, path]) => (path === undefined ? [] : [path]))));
}

/** Whether the field `Type.field` (of any path under it) carried @deprecated in `schema`: its removal was announced there. */
function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName, fieldName] = path.split('.');
  const type = typeName === undefined ? undefined : schema.getType(typeName);
  if (fieldName === undefined || type === undefined || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return false;
  return type.getFields()[fieldName]?.deprecationReason != null;
}

const covers = (announced: ReadonlySet<string>, path: string): boolean => {
  const parts = path.split('.');
  return parts.some((_, index) => announced.has(parts.slice(0, index + 1).join('.')));
};

/** The breaking changes from `before` to `after` that neither schema/CHANGES.md nor a @deprecated in `before` announced. */
export async function unannouncedBreakingChanges(before: GraphQLSchema, after: GraphQLSchema, changesMarkdown: string): Promise<SchemaChange[]> {
  const announced = announcedPaths(changesMarkdown);
  const changes = await compareApiSchemas(before, after);
  return changes.filter(({ level, path }) => level === 'BREAKING' && (path === undefined || !(covers(announced, path) || deprecatedIn(before, path))));
}
