import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const CLOCK_TICKS = 100;

const cpuTicks = (pid: string): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // The process ended meanwhile.
  }
};

const processName = (pid: string): string => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  } catch {
    return '';
  }
};

/** CPU seconds used so far by every PostgreSQL process on this machine (the server is local and shared). */
export function postgresCpuSeconds(): number {
  const pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && processName(entry).startsWith('postgres'));
  return pids.reduce((ticks, pid) => ticks + cpuTicks(pid), 0) / CLOCK_TICKS;
}

/** CPU seconds used so far by the server processes that serve `applicationName`'s connections. */
export async function backendCpuSeconds(serverUrl: string, applicationName: string): Promise<() => number> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [applicationName]);
    return () => rows.reduce((ticks, { pid }) => ticks + cpuTicks(String(pid)), 0) / CLOCK_TICKS;
  } finally {
    await client.end();
  }
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
