export type { RequestContext } from './context';
export { formatError } from './errors';
export { observeHttp, serveMetrics } from './http-observability';
export { Loaders } from './loaders';
export { operationMetrics } from './operation-metrics';
export { DateScalar, DateTimeScalar, DecimalScalar, scalarResolvers, scalarTypeDefs, type DateOutput, type DecimalOutput } from './scalars';
export { startSubgraphServer, stopOnSignals, type ReadinessCheck, type SubgraphServer, type SubgraphServerOptions } from './subgraph-server';
