import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * An operation name the document does not define is the client's mistake: 400 with
 * OPERATION_RESOLUTION_FAILURE, where the query planner would answer 500.
 */
export const unknownOperationIsBadRequest = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const name = request.operationName;
        throw new GraphQLError(name ? `Unknown operation named "${name}"` : 'Name the operation to run (operationName)', {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
        });
      },
    };
  },
});
