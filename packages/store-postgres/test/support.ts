import { connectPostgres, outboxMigration, migrateToLatest, temporaryDatabase, type OutboxDatabase, type Postgres, type TemporaryDatabase } from '../src';
import { testEndpoints } from '@bank/testing';
import type { Kysely } from 'kysely';

export interface TestDatabase<DB> {
  readonly postgres: Postgres<DB>;
  readonly database: TemporaryDatabase;
  close(): Promise<void>;
}

/** A throwaway database with the outbox table, and a pool on it. */
export async function outboxDatabase(prefix: string): Promise<TestDatabase<OutboxDatabase>> {
  const database = await temporaryDatabase(testEndpoints.postgresUrl, prefix);
  const postgres = connectPostgres<OutboxDatabase>({ url: database.url, poolSize: 4 });
  await migrateToLatest(postgres.db as Kysely<unknown>, { '0000-outbox': outboxMigration });
  return {
    postgres,
    database,
    close: async () => {
      await postgres.close();
      await database.drop();
    },
  };
}
