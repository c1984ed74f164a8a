export { eventConsumer, type EventConsumer } from './consumer';
export {
  startPlatform,
  type ConsumerOptions,
  type Platform,
  type PlatformConfig,
  type RunningSubgraph,
  type ServicePorts,
  type ServiceOverrides,
  type SubgraphOptions,
} from './platform';
export { startPeriodicJob, type PeriodicJob, type PeriodicJobOptions } from './periodic-job';
export { autoDebitOutcomes, type AutoDebitOutcomeHandlers } from './auto-debit-outcomes';
export { RedisProcessedEventStore, type RedisProcessedEventStoreOptions } from './redis-processed-event-store';
export * from './config';
export * from './cache';
