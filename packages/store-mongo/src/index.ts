export { MongoAggregateStore, type AggregateDocumentMapper, type MongoAggregateStoreOptions } from './aggregate-store';
export { connectMongo, type Mongo, type MongoOptions } from './connection';
export { outboxPlugin, type OutboxFields } from './outbox-plugin';
export { insertWithEvents, updateWithEvents, type AggregateState, type ExpectedVersion, type StateUpdate } from './outbox-write';
export { MongoOutboxStore, type MongoOutboxStoreOptions, type OutboxModel } from './outbox-store';
export { MongoIdempotencyStore, type MongoIdempotencyStoreOptions } from './idempotency-store';
export type { Retention } from './lease-records';
