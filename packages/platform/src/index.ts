export { startPlatform, type ConsumerOptions, type Platform, type PlatformConfig } from './platform';
