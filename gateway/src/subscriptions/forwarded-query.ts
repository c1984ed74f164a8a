import { print, visit, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * A query that asks the supergraph for `root(args)` with the selection the client made under the
 * current field — so a subscription payload can carry any field any subgraph contributes. The
 * fragments and variables that selection uses come along; nothing else does. The arguments travel as
 * variables: the text is then the same for every event of a subscription, so the gateway parses,
 * validates and plans it once instead of once per event.
 */
export function forwardedQuery(info: GraphQLResolveInfo, root: string, args: Record<string, string>): { query: string; variables: Record<string, unknown> } {
  const selectionSet = info.fieldNodes[0]?.selectionSet;
  if (selectionSet === undefined) throw new Error(`${info.fieldName} needs a selection`);
  const fragments = usedFragments(selectionSet, info.fragments);
  const used = usedVariables([selectionSet, ...fragments]);
  const definitions = (info.operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value));
  const taken = new Set((info.operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value));
  const rootArguments = Object.entries(args).map(([name, value]) => ({
    name,
    value,
    variable: unusedName(`forwarded_${name}`, taken),
    type: argumentType(info, root, name),
  }));
  const variableList = [...rootArguments.map(({ variable, type }) => `$${variable}: ${type}`), ...definitions.map((definition) => print(definition))];
  const argumentList = rootArguments.map(({ name, variable }) => `${name}: $${variable}`).join(', ');
  return {
    query: [
      `query Forwarded(${variableList.join(', ')}) { ${root}(${argumentList}) ${print(selectionSet)} }`,
      ...fragments.map((fragment) => print(fragment)),
    ].join('\n'),
    variables: {
      ...Object.fromEntries(definitions.map((definition) => [definition.variable.name.value, info.variableValues[definition.variable.name.value]])),
      ...Object.fromEntries(rootArguments.map(({ variable, value }) => [variable, value])),
    },
  };
}

/** The type of `root(name:)` in the query root, as a variable declares it (e.g. `ID!`). */
function argumentType(info: GraphQLResolveInfo, root: string, name: string): string {
  const rootField = info.schema.getQueryType()?.getFields()[root];
  const argument = rootField?.args.find((candidate) => candidate.name === name);
  if (argument === undefined) throw new Error(`Query.${root} takes no argument ${name}`);
  return String(argument.type);
}

/** `name`, or with underscores before it until no variable of the client's operation is called that. */
function unusedName(name: string, taken: ReadonlySet<string>): string {
  return taken.has(name) ? unusedName(`_${name}`, taken) : name;
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
