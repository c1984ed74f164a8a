import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const CLOCK_TICKS = 100;

/** CPU seconds used so far by every PostgreSQL process on this machine (the server is local). */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!name.startsWith('postgres')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / CLOCK_TICKS;
}

/** WAL flushes to disk so far (each commit waits for one; concurrent commits share them), or null when the server does not say. */
export async function walStats(serverUrl: string): Promise<{ syncs: number } | null> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ wal_sync: string }>('select wal_sync from pg_stat_wal');
    return rows[0] === undefined ? null : { syncs: Number(rows[0].wal_sync) };
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
