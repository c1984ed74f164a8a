export type { RequestContext } from './context';
export { formatError } from './errors';
export { observeHttp, serveMetrics } from './http-observability';
export { Loaders } from './loaders';
export { operationMetrics } from './operation-metrics';
export {
  ANONYMOUS,
  canSee,
  isStaff,
  PRINCIPAL_HEADERS,
  principalHeaders,
  requireAuthenticated,
  verifyPrincipal,
  type AuthenticatedPrincipal,
  type Principal,
  type Role,
  type SignedOperation,
} from './principal';
export { DateScalar, DateTimeScalar, DecimalScalar, scalarResolvers, scalarTypeDefs } from './scalars';
export { startSubgraphServer, stopOnSignals, type ReadinessCheck, type SubgraphServer, type SubgraphServerOptions } from './subgraph-server';
