export { createRedis } from './redis';
export { jsonCodec, ReadThroughCache, type Codec, type ReadThroughCacheOptions } from './read-through-cache';
export { CachedAggregateStore } from './cached-aggregate-store';
