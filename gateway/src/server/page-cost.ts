import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isAbstractType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';

/** Arguments that set how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'] as const;

export interface PageCostLimits {
  /** The largest page a client may ask for. */
  readonly maxPageSize: number;
  /** Fields the response may hold at most, each page multiplying what it selects. */
  readonly maxCost: number;
}

/**
 * The cost of an operation with its variables applied: a page size given as `first: $n` counts
 * like the literal. Runs once variables are known (after validation, before execution); a page
 * over the cap is BAD_USER_INPUT, a cost over the limit GRAPHQL_VALIDATION_FAILED.
 */
export function pageCostLimit(limits: PageCostLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // Apollo reports bad variables itself
          const fragments = new Map(
            document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
          );
          const cost = operationCost({ schema, operation, fragments, variables: coerced.coerced, maxPageSize: limits.maxPageSize });
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost} (page sizes multiply what they select)`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

interface CostInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
  readonly maxPageSize: number;
}

function operationCost(input: CostInput): number {
  const root = input.schema.getRootType(input.operation.operation);
  return root ? selectionCost(input, root, input.operation.selectionSet, 1) : 0;
}

function selectionCost(input: CostInput, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, multiplier: number): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue; // __typename and friends
      cost += multiplier;
      const type = getNamedType(field.type);
      if (selection.selectionSet && (isObjectType(type) || isAbstractType(type))) {
        const page = pageSize(input, getArgumentValues(field, selection, input.variables), selection.name.value);
        cost += selectionCost(input, type, selection.selectionSet, multiplier * page);
      }
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? input.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? input.schema.getType(fragment.typeCondition.name.value) : parent;
      if (condition && (isObjectType(condition) || isAbstractType(condition))) cost += selectionCost(input, condition, fragment.selectionSet, multiplier);
    }
  }
  return cost;
}

function pageSize(input: CostInput, args: Record<string, unknown>, fieldName: string): number {
  let size = 1;
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value !== 'number') continue;
    if (value > input.maxPageSize) {
      throw new GraphQLError(`${fieldName}(${name}:) may ask for at most ${input.maxPageSize} items`, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    size = Math.max(size, value);
  }
  return size;
}
