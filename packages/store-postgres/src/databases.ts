import pg from 'pg';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const quoted = (name: string): string => {
  if (!NAME.test(name)) throw new Error(`Not a database name this platform creates: "${name}"`);
  return `"${name}"`;
};

/** The same server as `url`, database `name`. */
export const databaseUrl = (url: string, name: string): string => {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
};

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on the server of `url` unless it exists (for tests, benchmarks and local set-up). */
export const createDatabase = (url: string, name: string): Promise<void> =>
  onServer(url, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`create database ${quoted(name)}`);
  });

/** Drops database `name`, ending the sessions still connected to it. */
export const dropDatabase = (url: string, name: string): Promise<void> =>
  onServer(url, async (client) => void (await client.query(`drop database if exists ${quoted(name)} with (force)`)));

export interface TemporaryDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A new, empty database of its own for one test file or benchmark run, so parallel runs never collide. */
export async function temporaryDatabase(serverUrl: string, prefix: string): Promise<TemporaryDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  await createDatabase(serverUrl, name);
  return { name, url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
