import { sql, type Kysely, type Migration } from 'kysely';
import { testEndpoints } from '@bank/testing';
import {
  connectPostgres,
  inTransaction,
  prepared,
  isRetryableTransactionError,
  migrateToLatest,
  MigrationError,
  postgresEnv,
  temporaryDatabase,
  type Postgres,
  type TemporaryDatabase,
} from '../src';
import { loadConfig } from '@bank/platform';

interface Db {
  counters: { id: string; value: bigint };
}

describe('store-postgres', () => {
  let database: TemporaryDatabase;
  let postgres: Postgres<Db>;
  beforeAll(async () => {
    database = await temporaryDatabase(testEndpoints.postgresUrl, 'store_postgres');
    postgres = connectPostgres<Db>({ url: database.url, poolSize: 4 });
  });
  afterAll(async () => {
    await postgres?.close();
    await database?.drop();
  });

  const counters: Migration = {
    up: async (db) => void (await sql`create table counters (id text primary key, value bigint not null)`.execute(db)),
  };

  it('applies each migration once, in name order, and names the one that failed', async () => {
    const db = postgres.db as Kysely<unknown>;
    expect(await migrateToLatest(db, { '0001-counters': counters })).toEqual(['0001-counters']);
    expect(await migrateToLatest(db, { '0001-counters': counters })).toEqual([]);
    const broken: Migration = { up: async (trx) => void (await sql`create table counters (id text)`.execute(trx)) };
    const failure = await migrateToLatest(db, { '0001-counters': counters, '0002-broken': broken }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect(failure).toMatchObject({ failed: '0002-broken' });
  });

  it('hands bigint columns over as bigints, beyond what a Number holds exactly', async () => {
    const big = 2n ** 62n + 1n;
    await postgres.db.insertInto('counters').values({ id: 'big', value: big }).execute();
    expect((await postgres.db.selectFrom('counters').select('value').where('id', '=', 'big').executeTakeFirstOrThrow()).value).toBe(big);
  });

  it('runs a transaction that lost a deadlock again, so both complete', async () => {
    await postgres.db
      .insertInto('counters')
      .values([
        { id: 'x', value: 0n },
        { id: 'y', value: 0n },
      ])
      .execute();
    let attempts = 0;
    let bothLockedFirst: () => void;
    const firstLocks = new Promise<void>((resolve) => (bothLockedFirst = resolve));
    let locked = 0;
    const bump = (first: string, second: string) =>
      inTransaction(postgres.db, async (trx) => {
        attempts++;
        await trx
          .updateTable('counters')
          .set((eb) => ({ value: eb('value', '+', 1n) }))
          .where('id', '=', first)
          .execute();
        if (++locked === 2) bothLockedFirst();
        await firstLocks;
        await trx
          .updateTable('counters')
          .set((eb) => ({ value: eb('value', '+', 1n) }))
          .where('id', '=', second)
          .execute();
      });
    await Promise.all([bump('x', 'y'), bump('y', 'x')]);
    expect(attempts).toBe(3);
    const values = await postgres.db.selectFrom('counters').select(['id', 'value']).where('id', 'in', ['x', 'y']).orderBy('id').execute();
    expect(values).toEqual([
      { id: 'x', value: 2n },
      { id: 'y', value: 2n },
    ]);
  });

  it('rolls back and rethrows any other failure, without running it again', async () => {
    let attempts = 0;
    await expect(
      inTransaction(postgres.db, async (trx) => {
        attempts++;
        await trx.insertInto('counters').values({ id: 'rolled-back', value: 1n }).execute();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(attempts).toBe(1);
    expect(await postgres.db.selectFrom('counters').select('id').where('id', '=', 'rolled-back').execute()).toEqual([]);
    expect(isRetryableTransactionError({ code: '40001' })).toBe(true);
    expect(isRetryableTransactionError({ code: '23505' })).toBe(false);
  });

  it('plans a query marked prepared once per connection, and still answers with its parameters', async () => {
    const single = connectPostgres<Db>({ url: database.url, poolSize: 1 });
    try {
      const answer = (n: number) => prepared(sql<{ n: number }>`select ${n}::integer * 2 as n`).execute(single.db);
      expect((await answer(2)).rows).toEqual([{ n: 4 }]);
      expect((await answer(5)).rows).toEqual([{ n: 10 }]);
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(single.db);
      expect(rows).toEqual([{ statement: expect.stringContaining('select $1::integer * 2 as n') }]);
    } finally {
      await single.close();
    }
  });

  it('reads its URL and pool size from the environment', () => {
    expect(loadConfig(postgresEnv('accounts'), {})).toEqual({ POSTGRES_URL: 'postgres://postgres@127.0.0.1:5432/accounts', POSTGRES_POOL_SIZE: 10 });
    expect(() => loadConfig(postgresEnv('accounts'), { POSTGRES_URL: 'mysql://x/y' })).toThrow(/POSTGRES_URL/);
    expect(() => loadConfig(postgresEnv('accounts'), { POSTGRES_POOL_SIZE: '0' })).toThrow(/POSTGRES_POOL_SIZE/);
  });
});
