export { createDynamoDbClient, type DynamoDbClientOptions } from './client';
export {
  ensureTable,
  openServiceTable,
  tableAnswers,
  type IndexDefinition,
  type OpenTable,
  type KeySchema,
  type Projection,
  type ServiceTableConfig,
  type TableDefinition,
} from './table';
export { outboxAttributes, outboxIndex, serviceTable, type Item, type ItemKey } from './service-table';
export { isConditionalCheckFailed } from './conditional';
export { batchGetItems, type FoundItems } from './batch-get';
export { queryPage, type IndexPartition } from './query-page';
export { itemWithOutbox, updateWithOutbox, type ItemUpdate, type UpdateExpressionInput } from './outbox-write';
export { DynamoDbAggregateStore, type AggregateItemMapper, type DynamoDbAggregateStoreOptions, type EventsSaved } from './aggregate-store';
export { documentFields } from './document-fields';
export { DynamoDbOutboxStore, type DynamoDbOutboxStoreOptions } from './outbox-store';
export { DynamoDbIdempotencyStore, type DynamoDbIdempotencyStoreOptions } from './idempotency-store';
export { DynamoDbProcessedEventStore, type DynamoDbProcessedEventStoreOptions } from './processed-event-store';
