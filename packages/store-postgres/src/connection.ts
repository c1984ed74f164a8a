import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingPool } from './prepared';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** Connections kept open at most. 10 by default. */
  readonly poolSize?: number;
  /** Shown in pg_stat_activity, e.g. "accounts-subgraph". */
  readonly applicationName?: string;
}

export interface Postgres<DB> {
  readonly db: Kysely<DB>;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

const INT8_OID = 20;

/**
 * bigint columns arrive as JavaScript bigints (node-postgres gives strings by default, and a Number
 * would lose cents above 2^53). Set per pool, so nothing else in the process is affected.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => BigInt(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A pool and the Kysely instance over it. `close()` ends every connection. */
export function connectPostgres<DB>({ url, poolSize = 10, applicationName }: PostgresOptions): Postgres<DB> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, ...(applicationName === undefined ? {} : { application_name: applicationName }) });
  // An idle connection the server dropped must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, pool, close: () => db.destroy() };
}
