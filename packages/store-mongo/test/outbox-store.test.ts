import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import type { CloudEvent } from '@bank/messaging';
import { insertWithEvents, MongoOutboxStore, updateWithEvents, type Mongo } from '../src';
import { event, loanModel, noteModel, openTestDatabase, type LoanDocument, type NoteDocument } from './support';

describe('MongoOutboxStore', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let mongo: Mongo;
  let Loans: Model<LoanDocument>;
  let Notes: Model<NoteDocument>;
  let store: MongoOutboxStore;

  beforeAll(async () => {
    database = await openTestDatabase('mongo-outbox-store');
    mongo = await database.connect();
    Loans = loanModel(mongo.connection);
    Notes = noteModel(mongo.connection);
    await mongo.ensureIndexes();
    store = new MongoOutboxStore({ models: [Loans, Notes] });
  });
  afterEach(async () => {
    await Promise.all([Loans.deleteMany({}), Notes.deleteMany({})]);
  });
  afterAll(() => database.drop());

  const newLoan = async (...events: CloudEvent[]) => {
    const _id = randomUUID();
    expect(await insertWithEvents(Loans, { _id, status: 'requested', principal: '10.00' }, events.length > 0 ? events : [event(_id)])).toBe(true);
    return _id;
  };
  const stored = (_id: string) => Loans.collection.findOne({ _id: _id as never });
  const ids = (events: readonly CloudEvent[]) => events.map((e) => e.id);

  it('lists the aggregates of every model that hold events, with their events oldest first', async () => {
    const [first, second] = [event('a', 'loans.loan.requested'), event('a', 'loans.loan.approved')];
    const loanId = await newLoan(first, second);
    await insertWithEvents(Loans, { _id: randomUUID(), status: 'quiet', principal: '1.00' }, []);
    const note = event('n');
    await insertWithEvents(Notes, { text: 'hello' }, [note]);
    const noteId = (await Notes.findOne({ text: 'hello' }).orFail())._id;

    const pending = await store.pending(10);
    expect(pending).toHaveLength(2);
    expect(pending).toContainEqual({ aggregateId: `Loan/${loanId}`, events: [first, second] });
    expect(pending).toContainEqual({ aggregateId: `Note/${String(noteId)}`, events: [note] });
  });

  it('returns at most `limit` aggregates, taking from each model in turn', async () => {
    for (let i = 0; i < 3; i++) await newLoan();
    await insertWithEvents(Notes, { text: 'x' }, [event('n')]);
    const pending = await store.pending(2);
    expect(pending.map(({ aggregateId }) => aggregateId.split('/')[0]).sort()).toEqual(['Loan', 'Note']);
  });

  it('removes exactly the published events and keeps the others pending', async () => {
    const events = [event('a'), event('a'), event('a')];
    const _id = await newLoan(...events);
    await store.markPublished(`Loan/${_id}`, [events[0]!.id, events[2]!.id]);
    expect(await stored(_id)).toMatchObject({ outbox: [events[1]], outboxPending: true });
    expect(await store.pending(10)).toEqual([{ aggregateId: `Loan/${_id}`, events: [events[1]] }]);
  });

  it('keeps an event appended between reading the outbox and marking it published', async () => {
    const _id = await newLoan();
    const [read] = await store.pending(10);
    const appended = event(_id, 'loans.loan.approved');
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'approved' } }, [appended])).toBe(true);

    await store.markPublished(read!.aggregateId, ids(read!.events));

    expect(await stored(_id)).toMatchObject({ status: 'approved', version: 2, outbox: [appended], outboxPending: true });
    expect(await store.pending(10)).toEqual([{ aggregateId: `Loan/${_id}`, events: [appended] }]);
  });

  it('drops the pending flag once the outbox is empty, so the document leaves the index', async () => {
    const _id = await newLoan();
    const [read] = await store.pending(10);
    await store.markPublished(read!.aggregateId, ids(read!.events));
    const document = await stored(_id);
    expect(document).toMatchObject({ outbox: [], version: 1 });
    expect(document).not.toHaveProperty('outboxPending');
    expect(await store.pending(10)).toEqual([]);
  });

  it('finds aggregates with an ObjectId _id again from their aggregate id', async () => {
    const note = event('n');
    await insertWithEvents(Notes, { text: 'oid' }, [note]);
    const [read] = await store.pending(10);
    await store.markPublished(read!.aggregateId, [note.id]);
    expect(await Notes.findOne({ text: 'oid' }).lean()).toMatchObject({ outbox: [] });
  });

  it('marking events published again, or of a deleted document, is harmless', async () => {
    const _id = await newLoan();
    const [read] = await store.pending(10);
    await store.markPublished(read!.aggregateId, ids(read!.events));
    await store.markPublished(read!.aggregateId, ids(read!.events));
    await Loans.deleteOne({ _id });
    await expect(store.markPublished(read!.aggregateId, ids(read!.events))).resolves.toBeUndefined();
  });

  it('clears the flag of a document whose outbox was emptied by a relay that died before clearing it', async () => {
    const _id = await newLoan();
    await Loans.collection.updateOne({ _id: _id as never }, { $set: { outbox: [] } });
    expect(await store.pending(10)).toEqual([]);
    expect(await stored(_id)).not.toHaveProperty('outboxPending');
  });

  it('loses neither a state change nor its event when the relay marks events published at the same moment', async () => {
    for (let round = 0; round < 10; round++) {
      const _id = await newLoan();
      const [read] = await store.pending(10);
      const appended = event(_id, 'loans.loan.approved');
      const [won] = await Promise.all([
        updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'approved' } }, [appended]),
        store.markPublished(read!.aggregateId, ids(read!.events)),
      ]);
      expect(won).toBe(true);
      expect(await stored(_id)).toMatchObject({ status: 'approved', version: 2, outbox: [appended], outboxPending: true });
      await Loans.deleteOne({ _id });
    }
  });

  it('rejects an aggregate id of a model it was not given', async () => {
    await expect(store.markPublished('Unknown/1', [])).rejects.toThrow('Not an aggregate id');
    await expect(store.markPublished('no-slash', [])).rejects.toThrow('Not an aggregate id');
  });
});
