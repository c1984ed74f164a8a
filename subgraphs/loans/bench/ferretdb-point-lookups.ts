/**
 * How a point lookup by `_id` costs on the MongoDB server the tests run (FerretDB 1.24 locally) as the
 * collection grows: rows PostgreSQL reads per `findOne({ _id })`, from its table statistics. Bounded:
 * BENCH_LOOKUP_ROWS (default "1000,10000") rows, 50 lookups each, in a scratch database dropped after.
 * Prints the figures and writes .infra/results/ferretdb-point-lookups.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mongo as mongodb } from 'mongoose';
import { Client } from 'pg';
import { testEndpoints } from '@bank/testing';

const SIZES = (process.env.BENCH_LOOKUP_ROWS ?? '1000,10000').split(',').map(Number);
const LOOKUPS = 50;
const FERRETDB_PG_DATABASE = process.env.FERRETDB_DATABASE ?? 'ferretdb';

async function main(): Promise<void> {
  const mongo = await mongodb.MongoClient.connect(testEndpoints.mongodbUrl);
  const { ferretdbVersion } = await mongo.db('admin').command({ buildInfo: 1 });
  if (typeof ferretdbVersion !== 'string') {
    process.stdout.write('lookups by _id: the MongoDB server is not FerretDB (MongoDB indexes _id itself); skipped\n');
    await mongo.close();
    return;
  }
  const pgUrl = new URL(testEndpoints.postgresUrl);
  pgUrl.pathname = `/${FERRETDB_PG_DATABASE}`;
  const pg = new Client({ connectionString: pgUrl.toString() });
  await pg.connect();
  const dbName = `bench_lookups_${randomUUID().slice(0, 8)}`;
  const rows: Record<string, unknown>[] = [];
  try {
    for (const [index, size] of SIZES.entries()) {
      // Letters only: FerretDB's table names keep no digits of the collection's.
      const collection = mongo.db(dbName).collection<{ _id: string; n: number }>(`rows_${String.fromCharCode(97 + index)}`);
      for (let start = 0; start < size; start += 1000) {
        await collection.insertMany(Array.from({ length: Math.min(1000, size - start) }, (_, i) => ({ _id: `row-${start + i}`, n: start + i })));
      }
      const explained = await mongo.db(dbName).command({ explain: { find: collection.collectionName, filter: { _id: 'row-7' } } });
      const before = await tableStats(pg, dbName, collection.collectionName);
      const started = performance.now();
      for (let i = 0; i < LOOKUPS; i++) await collection.findOne({ _id: `row-${(i * 7919) % size}` });
      const elapsedMs = performance.now() - started;
      // PostgreSQL publishes a backend's table statistics within a second or so.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = await tableStats(pg, dbName, collection.collectionName);
      rows.push({
        rows: size,
        seqScansPerLookup: (after.seq_scan - before.seq_scan) / LOOKUPS,
        rowsReadPerLookup: Math.round((after.seq_tup_read - before.seq_tup_read) / LOOKUPS),
        indexScansPerLookup: (after.idx_scan - before.idx_scan) / LOOKUPS,
        msPerLookup: Number((elapsedMs / LOOKUPS).toFixed(2)),
        plan: planOf(explained),
      });
    }
    const report = `${JSON.stringify(rows, null, 2)}\n`;
    const results = join(__dirname, '..', '..', '..', '.infra', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'ferretdb-point-lookups.json'), report);
    process.stdout.write(`lookups by _id on the MongoDB server (FerretDB locally), by collection size\n${report}`);
  } finally {
    await mongo.db(dbName).dropDatabase();
    await mongo.close();
    await pg.end();
  }
}

/** The PostgreSQL plan's node types, outermost first, as FerretDB's explain reports them ("Seq Scan", "Bitmap Heap Scan > Bitmap Index Scan"). */
function planOf(explained: unknown): string {
  type Node = { 'Node Type'?: string; Plans?: Node[] };
  const names: string[] = [];
  for (let node = (explained as { queryPlanner?: { Plan?: Node } }).queryPlanner?.Plan; node !== undefined; node = node.Plans?.[0])
    names.push(node['Node Type'] ?? '?');
  return names.join(' > ');
}

interface TableStats {
  seq_scan: number;
  seq_tup_read: number;
  idx_scan: number;
}

/** FerretDB keeps each database as a schema of its name and each collection as a table named after it with a hash suffix. */
async function tableStats(pg: Client, schema: string, collection: string): Promise<TableStats> {
  const { rows } = await pg.query<{ seq_scan: string; seq_tup_read: string; idx_scan: string | null }>(
    `select seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables where schemaname = $1 and relname ~ ('^' || $2 || '_[0-9a-f]{8}$')`,
    [schema, collection],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`no PostgreSQL table for ${schema}.${collection}`);
  return { seq_scan: Number(row.seq_scan), seq_tup_read: Number(row.seq_tup_read), idx_scan: Number(row.idx_scan ?? 0) };
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
