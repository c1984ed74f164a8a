export { postgresEnv } from './config';
export { connectPostgres, type Postgres, type PostgresOptions } from './connection';
export { createDatabase, databaseUrl, dropDatabase, temporaryDatabase, type TemporaryDatabase } from './databases';
export { migrateToLatest, MigrationError, type Migrations } from './migrations';
export { appendToOutbox, outboxMigration, PostgresOutboxStore, type OutboxDatabase, type OutboxTable, type PostgresOutboxStoreOptions } from './outbox';
export { prepared } from './prepared';
export { isRetryableTransactionError, isUniqueViolation } from './sql-errors';
export { inTransaction, retryingConflicts, type TransactionOptions } from './transaction';
export { PostgresProcessedEventStore, processedEventsMigration, type ProcessedEventsDatabase, type ProcessedEventsTable } from './processed-events';
