/**
 * Protocol-level health probes that need a client library; run with the repo's Node 24:
 * `node infra/probe.mts mongodb|amqp|amqp-answers|postgres URL`. Exits 0 once the server answers, 1 otherwise.
 * `amqp` must log in with the URL's user; `amqp-answers` also accepts a broker refusing that login
 * (it is up, its users may not exist yet). `postgres` must log in with the URL's user and password.
 */
import { connect } from 'amqplib';
import mongoose from 'mongoose';
import pg from 'pg';

const TIMEOUT_MS = 2_000;
/** How amqplib reports RabbitMQ's connection.close 403 on a refused login. */
const ACCESS_REFUSED = /ACCESS[-_]REFUSED/;

async function amqpLogin(url: string): Promise<void> {
  const connection = await connect(url, { timeout: TIMEOUT_MS });
  await connection.close();
}

const probes: Record<string, (url: string) => Promise<void>> = {
  async mongodb(url) {
    const client = new mongoose.mongo.MongoClient(url, { serverSelectionTimeoutMS: TIMEOUT_MS, connectTimeoutMS: TIMEOUT_MS });
    try {
      await client.db('admin').command({ ping: 1 });
    } finally {
      await client.close();
    }
  },
  async postgres(url) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
    await client.connect();
    await client.end();
  },
  amqp: amqpLogin,
  async 'amqp-answers'(url) {
    await amqpLogin(url).catch((error: unknown) => {
      if (!(error instanceof Error && ACCESS_REFUSED.test(error.message))) throw error;
    });
  },
};

const [kind = '', url = ''] = process.argv.slice(2);
const probe = probes[kind];
if (!probe || !url) {
  process.stderr.write(`usage: node infra/probe.mts ${Object.keys(probes).join('|')} URL\n`);
  process.exit(2);
}
probe(url).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${kind} at ${url}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
