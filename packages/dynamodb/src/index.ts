export { createDynamoDbClient, type DynamoDbClientOptions } from './client';
export { ensureTable, type IndexDefinition, type KeySchema, type Projection, type TableDefinition } from './table';
export { outboxAttributes, outboxIndex, serviceTable, type ItemKey } from './service-table';
export { itemWithOutbox, updateWithOutbox, type ItemUpdate, type UpdateExpressionInput } from './outbox-write';
export { DynamoDbOutboxStore, type DynamoDbOutboxStoreOptions } from './outbox-store';
export { DynamoDbIdempotencyStore, type DynamoDbIdempotencyStoreOptions } from './idempotency-store';
export { DynamoDbProcessedEventStore, type DynamoDbProcessedEventStoreOptions } from './processed-event-store';
