import { createHash } from 'node:crypto';
import { sql, type PostgresPool, type PostgresPoolClient, type RawBuilder } from 'kysely';
import type pg from 'pg';

const MARK = '/* prepared */ ';

/**
 * Marks a hot query to run as a prepared statement: parsed and planned once per connection instead
 * of on every call. For statements whose text is the same on every call (only the parameters differ).
 */
export const prepared = <T>(query: RawBuilder<T>): RawBuilder<T> => sql<T>`${sql.raw(MARK)}${query}`;

const statementName = (text: string): string => `k${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/** The pool Kysely uses: node-postgres's, with marked queries sent as named (prepared) statements. */
export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      const query = (text: unknown, values?: readonly unknown[]) =>
        typeof text === 'string' && text.startsWith(MARK)
          ? client.query({ name: statementName(text), text, values: values as unknown[] })
          : client.query(text as string, values as unknown[]);
      return { query, release: (destroy?: boolean) => client.release(destroy) } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
