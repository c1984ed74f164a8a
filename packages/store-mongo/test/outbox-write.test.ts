import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { insertWithEvents, updateWithEvents, type Mongo } from '../src';
import { event, loanModel, openTestDatabase, type LoanDocument } from './support';

describe('insertWithEvents and updateWithEvents', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let mongo: Mongo;
  let Loans: Model<LoanDocument>;
  /** The same collection through a second connection, as another instance of the service would see it. */
  let OtherLoans: Model<LoanDocument>;

  beforeAll(async () => {
    database = await openTestDatabase('mongo-outbox-write');
    mongo = await database.connect();
    Loans = loanModel(mongo.connection);
    OtherLoans = loanModel((await database.connect()).connection);
    await mongo.ensureIndexes();
  });
  afterAll(() => database.drop());

  const stored = (_id: string) => Loans.collection.findOne({ _id: _id as never });
  const newLoan = async (_id = randomUUID()) => {
    expect(await insertWithEvents(Loans, { _id, status: 'requested', principal: '1000.00' }, [event(_id, 'loans.loan.requested')])).toBe(true);
    return _id;
  };

  it('stores a new aggregate and its first events in one document', async () => {
    const _id = randomUUID();
    const requested = event(_id, 'loans.loan.requested', {});
    expect(await insertWithEvents(Loans, { _id, status: 'requested', principal: '1000.00' }, [requested])).toBe(true);
    expect(await stored(_id)).toEqual({
      _id,
      status: 'requested',
      principal: '1000.00',
      version: 1,
      outbox: [requested],
      outboxPending: true,
      __v: 0,
    });
  });

  it('reports a second insert with the same _id as lost, and keeps the first', async () => {
    const _id = await newLoan();
    expect(await insertWithEvents(Loans, { _id, status: 'other', principal: '1.00' }, [event(_id)])).toBe(false);
    expect(await stored(_id)).toMatchObject({ status: 'requested', outbox: [expect.objectContaining({ type: 'loans.loan.requested' })] });
  });

  it('applies a state change and appends its events when the version still matches', async () => {
    const _id = await newLoan();
    const approved = event(_id, 'loans.loan.approved');
    const scheduled = event(_id, 'loans.schedule.created');
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'approved' } }, [approved, scheduled])).toBe(true);
    const document = await stored(_id);
    expect(document).toMatchObject({ status: 'approved', version: 2, outboxPending: true });
    expect(document?.outbox.map((e: { type: string }) => e.type)).toEqual(['loans.loan.requested', 'loans.loan.approved', 'loans.schedule.created']);
  });

  it('refuses a write against a stale version and changes nothing', async () => {
    const _id = await newLoan();
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'approved' } }, [event(_id)])).toBe(true);
    const before = await stored(_id);
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'rejected' } }, [event(_id)])).toBe(false);
    expect(await stored(_id)).toEqual(before);
  });

  it('reports a write to a missing document as lost', async () => {
    expect(await updateWithEvents(Loans, { _id: randomUUID(), version: 1 }, { $set: { status: 'approved' } }, [])).toBe(false);
  });

  it('bumps the version without touching the outbox when a change records no event', async () => {
    const _id = randomUUID();
    expect(await insertWithEvents(Loans, { _id, status: 'draft', principal: '5.00' }, [])).toBe(true);
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { principal: '6.00' } }, [])).toBe(true);
    const document = await stored(_id);
    expect(document).toMatchObject({ principal: '6.00', version: 2, outbox: [] });
    expect(document).not.toHaveProperty('outboxPending');
  });

  it('lets exactly one of two concurrent writers holding the same version win, round after round', async () => {
    for (let round = 0; round < 10; round++) {
      const _id = await newLoan();
      const writers = [Loans, OtherLoans].map((model, index) => ({ model, status: `approved-by-${index}`, event: event(_id, 'loans.loan.approved') }));
      const outcomes = await Promise.all(
        writers.map(({ model, status, event }) => updateWithEvents(model, { _id, version: 1 }, { $set: { status } }, [event])),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      const winner = writers[outcomes.indexOf(true)];
      const document = await stored(_id);
      expect(document).toMatchObject({ status: winner?.status, version: 2 });
      expect(document?.outbox.map((e: { id: string }) => e.id)).toEqual([expect.any(String), winner?.event.id]);
    }
  });

  it('lets exactly one of twenty concurrent writers win', async () => {
    const _id = await newLoan();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        updateWithEvents(index % 2 === 0 ? Loans : OtherLoans, { _id, version: 1 }, { $set: { status: `s${index}` } }, [event(_id)]),
      ),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await stored(_id)).toMatchObject({ version: 2, outbox: [expect.anything(), expect.anything()] });
  });

  it('is not blocked for good by a writer that died holding the write lock', async () => {
    const _id = await newLoan();
    await mongo.connection.collection('document_locks').insertOne({ _id: `loans/${_id}` as never, token: 'dead', expiresAt: new Date(Date.now() - 1) });
    expect(await updateWithEvents(Loans, { _id, version: 1 }, { $set: { status: 'approved' } }, [event(_id)])).toBe(true);
  });
});
