export { createRedis } from './redis';
export { jsonCodec, ReadThroughCache, type Codec, type ReadThroughCacheOptions } from './read-through-cache';
