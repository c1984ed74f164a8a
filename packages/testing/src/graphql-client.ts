import { principalHeaders, type Principal } from '@bank/identity';
import { withIdempotencyKey } from './idempotency-key';

export interface GraphQLResult<Data = Record<string, unknown>> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends operations to a subgraph as the gateway would: with the principal signed (and a fresh idempotency key where the operation takes one). */
export function subgraphClient(url: string, principalSecret: string) {
  return {
    as(principal: Principal) {
      return async <Data = Record<string, unknown>>(query: string, given: Record<string, unknown> = {}): Promise<GraphQLResult<Data>> => {
        const variables = withIdempotencyKey(query, given);
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...principalHeaders(principal, principalSecret, { method: 'POST', query, variables }) },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<Data>, 'status'>) };
      };
    },
  };
}

/** A signed-in customer for tests. */
export const customer = (id: string, overrides: Partial<Extract<Principal, { kind: 'authenticated' }>> = {}): Principal => ({
  kind: 'authenticated',
  id,
  roles: ['customer'],
  name: 'Maria Silva',
  document: '52998224725',
  ...overrides,
});
