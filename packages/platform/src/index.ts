export { startPlatform, type ConsumerOptions, type Platform, type PlatformConfig, type SubgraphOptions } from './platform';
