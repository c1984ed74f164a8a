import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * What one operation may ask for. Limits refuse before execution with GRAPHQL_VALIDATION_FAILED
 * and a message naming the limit; the body size is enforced by the HTTP layer (413).
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5_000,
  maxTokens: 2_000,
  maxDirectives: 50,
  maxBodyBytes: 100 * 1024,
  /** Largest `first`/`last` a list field may be asked for. */
  maxPageSize: 100,
  /** Fields a response may hold, once variables are applied and each page multiplies what it selects. */
  maxItemsCost: 10_000,
} as const;

/** Document limits (graphql-armor); in production errors carry no field suggestions ("Did you mean…"). */
export function armor({ production }: { production: boolean }): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
