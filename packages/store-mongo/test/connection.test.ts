import { testEndpoints } from '@bank/testing';
import { connectMongo, type Mongo } from '../src';
import { loanModel, openTestDatabase } from './support';

describe('connectMongo', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let mongo: Mongo;

  beforeAll(async () => {
    database = await openTestDatabase('mongo-connection');
    mongo = await database.connect();
  });
  afterAll(() => database.drop());

  it('opens a connection of its own to the named database', async () => {
    const reply = await mongo.connection.db?.command({ ping: 1 });
    expect(reply?.ok).toBe(1);
    expect(mongo.connection.name).toMatch(/^mongo-connection-/);
  });

  it('creates the sparse outbox index that the plugin declares, and does so again without complaint', async () => {
    const Loans = loanModel(mongo.connection);
    await mongo.ensureIndexes();
    await mongo.ensureIndexes();
    const indexes = await Loans.listIndexes();
    expect(indexes.map((index) => index.key)).toContainEqual({ outboxPending: 1 });
  });

  it('fails, without leaving anything open, when no server answers', async () => {
    await expect(connectMongo({ url: 'mongodb://127.0.0.1:1', dbName: 'unreachable' })).rejects.toThrow();
  });

  it('closes', async () => {
    const other = await connectMongo({ url: testEndpoints.mongodbUrl, dbName: mongo.connection.name });
    await other.close();
    expect(other.connection.readyState).toBe(0);
  });
});
