import { sql } from 'kysely';
import { cloudEvent, type CloudEvent } from '@bank/messaging';
import { appendToOutbox, PostgresOutboxStore, type OutboxDatabase } from '../src';
import { outboxDatabase, type TestDatabase } from './support';

const event = (subject: string, type = 'test.thing.happened'): CloudEvent => cloudEvent({ source: '/test', type, subject, data: { subject } });

describe('PostgresOutboxStore', () => {
  let test: TestDatabase<OutboxDatabase>;
  let store: PostgresOutboxStore<OutboxDatabase>;
  beforeAll(async () => {
    test = await outboxDatabase('store_postgres_outbox');
    store = new PostgresOutboxStore(test.postgres.db, { claimLeaseMs: 60_000 });
  });
  afterEach(async () => {
    await test.postgres.db.deleteFrom('outbox').execute();
  });
  afterAll(() => test.close());

  it('lists each aggregate with its events oldest first, and keeps them until published', async () => {
    const [first, second, other] = [event('a'), event('a', 'test.thing.changed'), event('b')];
    await appendToOutbox(test.postgres.db, [first, second]);
    await appendToOutbox(test.postgres.db, [other]);
    const pending = await store.pending(10);
    expect(pending).toEqual(
      expect.arrayContaining([
        { aggregateId: 'a', events: [first, second] },
        { aggregateId: 'b', events: [other] },
      ]),
    );
    expect(pending).toHaveLength(2);
    await store.markPublished('a', [first.id]);
    expect(await store.pending(10)).toEqual([{ aggregateId: 'a', events: [second] }]);
    await store.markPublished('a', [second.id]);
    await store.markPublished('b', [other.id]);
    expect(await store.pending(10)).toEqual([]);
  });

  it('writes nothing when the transaction that appends rolls back', async () => {
    await expect(
      test.postgres.db.transaction().execute(async (trx) => {
        await appendToOutbox(trx, [event('rolled-back')]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.pending(10)).toEqual([]);
  });

  it('gives an aggregate to one relay replica at a time, and to another once the lease has run out', async () => {
    await appendToOutbox(
      test.postgres.db,
      ['a', 'b', 'c', 'd'].map((subject) => event(subject)),
    );
    const replica = new PostgresOutboxStore(test.postgres.db, { claimLeaseMs: 60_000 });
    const [mine, theirs] = await Promise.all([store.pending(2), replica.pending(10)]);
    const ids = [...mine, ...theirs].map(({ aggregateId }) => aggregateId);
    expect(ids.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await replica.pending(10)).toEqual([]);

    await sql`update outbox set claimed_until = now() - interval '1 second'`.execute(test.postgres.db);
    expect((await replica.pending(10)).map(({ aggregateId }) => aggregateId).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds back an event appended to a claimed aggregate until the earlier ones are published, keeping their order', async () => {
    const first = event('a');
    await appendToOutbox(test.postgres.db, [first]);
    expect(await store.pending(10)).toEqual([{ aggregateId: 'a', events: [first] }]);
    const later = event('a');
    await appendToOutbox(test.postgres.db, [later]);
    expect(await store.pending(10)).toEqual([]);
    await store.markPublished('a', [first.id]);
    expect(await store.pending(10)).toEqual([{ aggregateId: 'a', events: [later] }]);
  });

  it('releases what was not published at once, for the next pass', async () => {
    const [first, second] = [event('a'), event('a')];
    await appendToOutbox(test.postgres.db, [first, second]);
    await store.pending(10);
    await store.markPublished('a', [first.id]);
    expect(await store.pending(10)).toEqual([{ aggregateId: 'a', events: [second] }]);
  });
});
