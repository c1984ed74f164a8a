import { Migrator, type Kysely, type Migration, type MigrationResult } from 'kysely';

/**
 * A service's migrations by name; they run in name order, so names start with a sortable
 * version ("0001-ledger"). A migration, once released, never changes: a change is a new one.
 */
export type Migrations = Readonly<Record<string, Migration>>;

export class MigrationError extends Error {
  constructor(
    readonly failed: string | undefined,
    options: { cause: unknown },
  ) {
    super(`Migration ${failed ?? '(none started)'} failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
    this.name = 'MigrationError';
  }
}

/**
 * Brings the database up to the latest migration, each in its own transaction. Replicas starting
 * together are safe: Kysely's migrator holds a lock row while it runs. Returns the names applied now.
 */
export async function migrateToLatest(db: Kysely<unknown>, migrations: Migrations): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) throw new MigrationError(results.find((result: MigrationResult) => result.status === 'Error')?.migrationName, { cause: error });
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
