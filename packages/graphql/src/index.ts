export type { RequestContext } from './context';
export { formatError } from './errors';
export { bodyErrors, notFound, onlyPost, sendError } from './http-errors';
export { observeHttp } from './http-observability';
export { urlHost } from './listen-address';
export { startMetricsServer, type MetricsServer } from './metrics-server';
export { isFirstUse, memoryNonceStore, redisNonceStore, type NonceStore } from './nonce-store';
export { Loaders } from './loaders';
export { operationMetrics } from './operation-metrics';
export {
  ANONYMOUS,
  canSee,
  isStaff,
  PRINCIPAL_HEADERS,
  SIGNATURE_WINDOW_MS,
  principalHeaders,
  requireAuthenticated,
  verifyPrincipal,
  type AuthenticatedPrincipal,
  type Principal,
  type Role,
  type SignedOperation,
  type VerifiedRequest,
} from './principal';
export { DateScalar, DateTimeScalar, DecimalScalar, scalarResolvers, scalarTypeDefs } from './scalars';
export { startSubgraphServer, stopOnSignals, type ReadinessCheck, type SubgraphServer, type SubgraphServerOptions } from './subgraph-server';
export { redisRateLimits, type RateLimitDecision, type RateLimits, type RateLimitSettings, type RateLimitSubject } from './rate-limits';
