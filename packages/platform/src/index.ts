export { eventConsumer, type EventConsumer } from './consumer';
export {
  startPlatform,
  type ConsumerOptions,
  type Platform,
  type PlatformConfig,
  type RunningSubgraph,
  type ServiceOverrides,
  type SubgraphOptions,
} from './platform';
export { startPeriodicJob, type PeriodicJob } from './periodic-job';
export * from './config';
export * from './cache';
