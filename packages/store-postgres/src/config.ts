import { variable, url } from '@bank/platform';
import { z } from 'zod';

/** Variables of a service that keeps its state in PostgreSQL, `database` being its own database. */
export const postgresEnv = (database: string) =>
  ({
    POSTGRES_URL: url('PostgreSQL connection URL, database in the path', ['postgres', 'postgresql'], `postgres://postgres@127.0.0.1:5432/${database}`),
    POSTGRES_POOL_SIZE: variable(
      z
        .string()
        .regex(/^[1-9]\d{0,2}$/, 'must be a whole number from 1 to 999')
        .transform(Number),
      {
        description: 'connections the service keeps open to PostgreSQL at most',
        devDefault: '10',
      },
    ),
  }) as const;
