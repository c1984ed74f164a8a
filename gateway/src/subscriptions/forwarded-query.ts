import { print, visit, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * A query that asks the supergraph for `root(args)` with the selection the client made under the
 * current field — so a subscription payload can carry any field any subgraph contributes. The
 * fragments and variables that selection uses come along; nothing else does.
 */
export function forwardedQuery(info: GraphQLResolveInfo, root: string, args: Record<string, string>): { query: string; variables: Record<string, unknown> } {
  const selectionSet = info.fieldNodes[0]?.selectionSet;
  if (selectionSet === undefined) throw new Error(`${info.fieldName} needs a selection`);
  const fragments = usedFragments(selectionSet, info.fragments);
  const used = usedVariables([selectionSet, ...fragments]);
  const definitions = (info.operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value));
  const variableList = definitions.length === 0 ? '' : `(${definitions.map((definition) => print(definition)).join(', ')})`;
  const argumentList = Object.entries(args)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join(', ');
  return {
    query: [`query Forwarded${variableList} { ${root}(${argumentList}) ${print(selectionSet)} }`, ...fragments.map((fragment) => print(fragment))].join('\n'),
    variables: Object.fromEntries(definitions.map((definition) => [definition.variable.name.value, info.variableValues[definition.variable.name.value]])),
  };
}

function usedFragments(root: SelectionSetNode, all: Readonly<Record<string, FragmentDefinitionNode>>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [root];
  while (pending.length > 0) {
    visit(pending.pop() as SelectionSetNode, {
      FragmentSpread(node) {
        const fragment = all[node.name.value];
        if (fragment !== undefined && !found.has(node.name.value)) {
          found.set(node.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      },
    });
  }
  return [...found.values()];
}

function usedVariables(nodes: readonly (SelectionSetNode | FragmentDefinitionNode)[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  }
  return names;
}
