import { randomUUID } from 'node:crypto';
import { MongoProcessedEventStore, type Mongo } from '../src';
import { FakeClock, openTestDatabase } from './support';

const LEASE_MS = 60_000;
const RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

describe('MongoProcessedEventStore', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let mongo: Mongo;
  let clock: FakeClock;
  let store: MongoProcessedEventStore;

  beforeAll(async () => {
    database = await openTestDatabase('mongo-processed');
    mongo = await database.connect();
  });
  beforeEach(() => {
    clock = new FakeClock();
    store = new MongoProcessedEventStore({ connection: mongo.connection, retentionMs: RETENTION_MS, clock });
  });
  afterAll(() => database.drop());

  it('claims an event once; another worker finds it busy', async () => {
    const eventId = randomUUID();
    expect(await store.claim('loans-projector', eventId, LEASE_MS)).toBe('claimed');
    expect(await store.claim('loans-projector', eventId, LEASE_MS)).toBe('busy');
  });

  it('reports a completed event as already processed', async () => {
    const eventId = randomUUID();
    await store.claim('c', eventId, LEASE_MS);
    await store.complete('c', eventId);
    expect(await store.claim('c', eventId, LEASE_MS)).toBe('already-processed');
  });

  it('lets a released event be claimed again, but not a completed one', async () => {
    const [released, completed] = [randomUUID(), randomUUID()];
    await store.claim('c', released, LEASE_MS);
    await store.release('c', released);
    expect(await store.claim('c', released, LEASE_MS)).toBe('claimed');
    await store.claim('c', completed, LEASE_MS);
    await store.complete('c', completed);
    await store.release('c', completed);
    expect(await store.claim('c', completed, LEASE_MS)).toBe('already-processed');
  });

  it('hands the event to another worker once the lease has expired, and not before', async () => {
    const eventId = randomUUID();
    await store.claim('c', eventId, LEASE_MS);
    clock.advance(LEASE_MS - 1);
    expect(await store.claim('c', eventId, LEASE_MS)).toBe('busy');
    clock.advance(1);
    expect(await store.claim('c', eventId, LEASE_MS)).toBe('claimed');
    expect(await store.claim('c', eventId, LEASE_MS)).toBe('busy');
  });

  it('forgets a processed event after the retention period', async () => {
    const eventId = randomUUID();
    await store.claim('c', eventId, LEASE_MS);
    await store.complete('c', eventId);
    clock.advance(RETENTION_MS);
    expect(await store.claim('c', eventId, LEASE_MS)).toBe('claimed');
  });

  it('keeps consumers apart', async () => {
    const eventId = randomUUID();
    expect(await store.claim('projector', eventId, LEASE_MS)).toBe('claimed');
    expect(await store.claim('notifier', eventId, LEASE_MS)).toBe('claimed');
  });

  it('gives exactly one of twenty concurrent claims of one event id the claim', async () => {
    const eventId = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.claim('c', eventId, LEASE_MS)));
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'busy')).toHaveLength(19);
  });

  it('gives an expired claim to exactly one of twenty concurrent workers', async () => {
    for (let round = 0; round < 5; round++) {
      const eventId = randomUUID();
      await store.claim('c', eventId, LEASE_MS);
      clock.advance(LEASE_MS);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.claim('c', eventId, LEASE_MS)));
      expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    }
  });

  it('refuses to complete an event that was never claimed', async () => {
    await expect(store.complete('c', randomUUID())).rejects.toThrow('No claim to complete');
  });
});
