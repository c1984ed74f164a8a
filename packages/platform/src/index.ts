export { startPlatform, type ConsumerOptions, type EventConsumer, type Platform, type PlatformConfig, type SubgraphOptions } from './platform';
