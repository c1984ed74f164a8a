import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(__dirname, '..');
const BIN = join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql')[0] ?? '', 'bin');

/** Runs a PostgreSQL binary as the postgres OS user (initdb and the server refuse root). */
const asPostgres = (command: string, ...args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], {
    stdio: 'pipe',
    env: { ...process.env, PGPASSWORD: secret('POSTGRES_PASSWORD_ACCOUNTS') },
  });

const secret = (name: string): string => {
  const line = readFileSync(join(ROOT, '.infra/secrets.env'), 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}=`));
  if (!line) throw new Error(`${name} is not in .infra/secrets.env`);
  return line.slice(name.length + 1).replace(/^'|'$/g, '');
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/**
 * `npm run infra:compose` runs PostgreSQL as the official image does: one superuser, `accounts`, with the
 * secrets file's password, no `postgres` role. Here a server made the same way stands in for the container.
 */
describe('up.sh beside a PostgreSQL in a container', () => {
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    execFileSync('bash', ['infra/secrets.sh'], { cwd: ROOT });
    dataDir = mkdtempSync(join(tmpdir(), 'pg-container-'));
    chmodSync(dataDir, 0o777);
    const passwordFile = join(dataDir, 'password');
    writeFileSync(passwordFile, secret('POSTGRES_PASSWORD_ACCOUNTS'), { mode: 0o644 });
    const cluster = join(dataDir, 'data');
    asPostgres('initdb', '-D', cluster, '-U', 'accounts', `--pwfile=${passwordFile}`, '--auth=scram-sha-256');
    asPostgres('pg_ctl', '-D', cluster, '-l', join(dataDir, 'log'), '-w', '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`, 'start');
    asPostgres('createdb', '-h', '127.0.0.1', '-p', String(port), '-U', 'accounts', 'accounts');
  }, 60_000);

  afterAll(() => {
    asPostgres('pg_ctl', '-D', join(dataDir, 'data'), '-m', 'immediate', 'stop');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves it alone and gives the accounts subgraph a URL that logs in as its role', async () => {
    const up = spawnSync('bash', ['infra/up.sh', '--profile', 'test'], {
      cwd: ROOT,
      env: { ...process.env, POSTGRES_PORT: String(port) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(up.status).toBe(0);
    expect(up.stderr).toContain("PostgreSQL: a container's (role accounts), left alone");
    const url = /^POSTGRES_URL=(.*)$/m.exec(up.stdout)?.[1];
    expect(url).toBe(`postgres://accounts:${secret('POSTGRES_PASSWORD_ACCOUNTS')}@127.0.0.1:${port}/accounts`);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ user: string; database: string }>('select current_user as user, current_database() as database');
      expect(rows).toEqual([{ user: 'accounts', database: 'accounts' }]);
    } finally {
      await client.end();
    }
  }, 150_000);
});
