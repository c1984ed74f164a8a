import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RateLimits } from '@bank/graphql';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';

/**
 * Counts each HTTP operation against its IP and its principal (anonymous and mutations apart), once
 * the operation is known; over a limit it is answered 429 with `Retry-After` and RATE_LIMITED.
 */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.clientIp === undefined) return; // an operation the gateway runs itself (subscription payloads)
          const { principal } = contextValue;
          const decision = await limits.consume({
            ip: contextValue.clientIp,
            principalId: principal.kind === 'authenticated' ? principal.id : undefined,
            mutation: operation?.operation === 'mutation',
          });
          if (decision.allowed) return;
          throw new GraphQLError(`Too many requests (${decision.limit} limit); retry in ${decision.retryAfterSeconds} s`, {
            extensions: {
              code: 'RATE_LIMITED',
              http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]) },
            },
          });
        },
      };
    },
  };
}
