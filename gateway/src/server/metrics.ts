import { Histogram, type Registry } from 'prom-client';

/** Latency of each fetch from the gateway to a subgraph, by outcome. */
export const subgraphFetchDuration = (registry: Registry): Histogram<'subgraph' | 'outcome'> =>
  new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Duration of gateway fetches to subgraphs',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
