/**
 * Protocol-level health probes that need a client library; run with the repo's Node 24:
 * `node infra/probe.mts mongodb|amqp URL`. Exits 0 once the server answers, 1 otherwise.
 */
import { connect } from 'amqplib';
import mongoose from 'mongoose';

const TIMEOUT_MS = 2_000;

const probes: Record<string, (url: string) => Promise<void>> = {
  async mongodb(url) {
    const client = new mongoose.mongo.MongoClient(url, { serverSelectionTimeoutMS: TIMEOUT_MS, connectTimeoutMS: TIMEOUT_MS });
    try {
      await client.db('admin').command({ ping: 1 });
    } finally {
      await client.close();
    }
  },
  async amqp(url) {
    const connection = await connect(url, { timeout: TIMEOUT_MS });
    await connection.close();
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
