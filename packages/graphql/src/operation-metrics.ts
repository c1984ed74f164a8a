import type { ApolloServerPlugin } from '@apollo/server';
import { isClientErrorCode } from '@bank/kernel';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * Count, latency and errors per operation. Every label is a closed set, whatever clients send: the
 * one root field selected (a field of the schema), `multiple` or `unknown`; the error code from the
 * published CLIENT_ERROR_CODES, else `OTHER`.
 */
export function operationMetrics(registry: Registry): ApolloServerPlugin {
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by type and root fields',
    labelNames: ['type', 'fields'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_operation_errors_total',
    help: 'GraphQL operations answered with errors, by error code',
    labelNames: ['type', 'fields', 'code'] as const,
    registers: [registry],
  });
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, response, schema }) {
          const labels = labelsOf(operation, schema);
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of sent ?? []) errors.inc({ ...labels, code: boundedCode(error.extensions?.code) });
        },
      };
    },
  };
}

const boundedCode = (code: unknown): string => (code === undefined ? 'INTERNAL_SERVER_ERROR' : isClientErrorCode(code) ? code : 'OTHER');

function labelsOf(operation: OperationDefinitionNode | undefined, schema: GraphQLSchema): { type: string; fields: string } {
  if (!operation) return { type: 'unknown', fields: 'unknown' };
  const root = schema.getRootType(operation.operation);
  const names = new Set(
    operation.selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD && !selection.name.value.startsWith('__') ? [selection.name.value] : [],
    ),
  );
  const [only] = names;
  const fields = names.size > 1 ? 'multiple' : only !== undefined && root?.getFields()[only] !== undefined ? only : 'unknown';
  return { type: operation.operation, fields };
}
