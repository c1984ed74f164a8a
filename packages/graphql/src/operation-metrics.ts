import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * Count, latency and errors per operation, labelled by the root fields it selects (bounded by
 * the schema, unlike client-chosen operation names).
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
        async willSendResponse({ operation, response }) {
          const labels = labelsOf(operation);
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of sent ?? []) errors.inc({ ...labels, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}

const labelsOf = (operation: OperationDefinitionNode | undefined): { type: string; fields: string } => ({
  type: operation?.operation ?? 'unknown',
  fields:
    operation?.selectionSet.selections
      .flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
      .sort()
      .join(',') || 'unknown',
});
