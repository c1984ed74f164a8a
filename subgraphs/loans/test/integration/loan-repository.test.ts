import { type DomainEvent, type Page, type Transition, EMPTY_PAGE, StaleVersionError, UNSAVED, BusinessDate } from '@bank/kernel';
import { connectMongo, type Mongo } from '@bank/store-mongo';
import { testEndpoints, uniqueName } from '@bank/testing';
import type { Model } from 'mongoose';
import {
  acceptOffer,
  analyseApplication,
  disbursementReference,
  openLoan,
  parseLoanRequest,
  recordDisbursement,
  recordDisbursementFailure,
  requestCharge,
  retryLoanDisbursement,
  type ChargePurpose,
  type LoanAggregate,
} from '../../src/domain';
import type { StoredLoan } from '../../src/application/ports';
import type { LoanDocument } from '../../src/infrastructure/mongo/loan-document';
import { loanModel } from '../../src/infrastructure/mongo/loan-model';
import { MongoLoanRepository } from '../../src/infrastructure/mongo/loan-repository';

/** The MongoDB adapter against the local server (FerretDB): one write per change, versions, queries. */
describe('MongoLoanRepository', () => {
  let mongo: Mongo;
  let model: Model<LoanDocument>;
  let repository: MongoLoanRepository;
  let writes = 0;

  beforeAll(async () => {
    mongo = await connectMongo({ url: testEndpoints.mongodbUrl, dbName: uniqueName('loans-repository').replace(/-/g, '_'), autoIndex: false });
    model = loanModel(mongo.connection);
    await mongo.ensureIndexes();
    repository = new MongoLoanRepository({ model, afterWrite: () => void writes++ });
  });
  afterAll(async () => {
    await mongo.connection.dropDatabase();
    await mongo.close();
  });

  const opened = (id: string, customerId: string, requestedAt: string) =>
    openLoan({
      id,
      customerId,
      borrower: { name: 'Maria Silva', document: '52998224725' },
      request: parseLoanRequest({ principal: '1000.00', termMonths: 2, system: 'PRICE', monthlyIncome: '9000.00', purpose: 'car' }),
      at: new Date(requestedAt),
    });
  const insert = async (id: string, customerId: string, requestedAt = '2026-01-30T12:00:00Z') => {
    const { state, events } = opened(id, customerId, requestedAt);
    return repository.save(state, UNSAVED, events);
  };
  const at = new Date('2026-01-30T12:00:00Z');
  type Step = (loan: LoanAggregate) => Transition<LoanAggregate, DomainEvent>;
  const approve: Step = (loan) => analyseApplication(loan, at);
  const accept: Step = (loan) => acceptOffer(loan, { at });
  const disburse =
    (id: string, on: BusinessDate, attempt = 1): Step =>
    (loan) =>
      recordDisbursement(loan, { reference: disbursementReference(id, attempt), on, at });
  const advance = async (id: string, steps: readonly Step[]) => {
    let loan = (await repository.getForUpdate(id))!;
    for (const step of steps) {
      const { state, events } = step(loan);
      loan = await repository.save(state, loan.version, events);
    }
    return loan;
  };
  const activate = (id: string, on: BusinessDate) => advance(id, [approve, accept, disburse(id, on)]);
  const charge =
    (purpose: ChargePurpose, txid: string): Step =>
    (loan) =>
      requestCharge(loan, { purpose, txid, on: BusinessDate.of(2026, 1, 30), at });

  it('stores a new loan with its events in the outbox, and refuses the same id twice', async () => {
    const before = writes;
    const stored = await insert('loan-a', 'customer-1');
    expect(stored.version).toBe(1);
    expect(writes).toBe(before + 1);
    const document = await model.collection.findOne({ _id: 'loan-a' as never });
    expect(document).toMatchObject({
      status: 'UNDER_ANALYSIS',
      version: 1,
      outboxPending: true,
      outbox: [expect.objectContaining({ type: 'loans.loan.requested', source: '/subgraphs/loans' })],
    });
    expect(await repository.getForUpdate('loan-a')).toEqual(stored);
    await expect(insert('loan-a', 'customer-1')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('applies a change at the version read; a change from a stale version is StaleVersionError and writes nothing', async () => {
    await insert('loan-b', 'customer-1');
    const read = (await repository.getForUpdate('loan-b'))!;
    const approved = analyseApplication(read, new Date());
    const saved = await repository.save(approved.state, read.version, approved.events);
    expect(saved.version).toBe(2);
    await expect(repository.save(approved.state, read.version, approved.events)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await repository.getForUpdate('loan-b')).toEqual(saved);
  });

  it('removes what a status no longer has', async () => {
    await insert('loan-d', 'customer-4');
    const reference = disbursementReference('loan-d', 1);
    await advance('loan-d', [approve, accept, (loan) => recordDisbursementFailure(loan, { reference, reason: 'no key', at })]);
    expect(await model.collection.findOne({ _id: 'loan-d' as never })).toHaveProperty('failure', { reason: 'no key', at });
    const retried = await advance('loan-d', [(loan) => retryLoanDisbursement(loan, { at })]);
    const document = await model.collection.findOne({ _id: 'loan-d' as never });
    expect(document).toMatchObject({ status: 'CONTRACTED', version: 5 });
    expect(document).not.toHaveProperty('failure');
    expect(await repository.getForUpdate('loan-d')).toEqual(retried);
  });

  it('finds several loans in one query', async () => {
    await insert('loan-c', 'customer-1');
    const active = await activate('loan-c', BusinessDate.of(2026, 1, 30));
    expect(active.loan.status).toBe('ACTIVE');
    const found = await repository.getMany(['loan-a', 'loan-c', 'missing']);
    expect([...found.keys()].sort()).toEqual(['loan-a', 'loan-c']);
    expect(found.get('loan-c')).toEqual(active);
  });

  it('lists a customer’s loans newest first, filtered by status', async () => {
    await insert('loan-old', 'customer-2', '2026-01-01T00:00:00Z');
    await insert('loan-new', 'customer-2', '2026-01-02T00:00:00Z');
    await activate('loan-new', BusinessDate.of(2026, 1, 2));
    const ids = (page: Page<StoredLoan>) => page.edges.map(({ node }) => node.loan.id);
    expect(ids(await repository.listByCustomer('customer-2', null, { first: 10, after: null }))).toEqual(['loan-new', 'loan-old']);
    expect(ids(await repository.listByCustomer('customer-2', 'UNDER_ANALYSIS', { first: 10, after: null }))).toEqual(['loan-old']);
    expect(await repository.listByCustomer('customer-3', null, { first: 10, after: null })).toEqual(EMPTY_PAGE);
  });

  it('pages a customer’s loans by cursor, the id breaking ties between loans requested at the same instant', async () => {
    for (const id of ['loan-t1', 'loan-t2', 'loan-t3']) await insert(id, 'customer-paging', '2026-01-05T00:00:00Z');
    await insert('loan-t0', 'customer-paging', '2026-01-04T00:00:00Z');
    const read: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page<StoredLoan> = await repository.listByCustomer('customer-paging', null, { first: 1, after });
      read.push(...page.edges.map(({ node }) => node.loan.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(read).toEqual(['loan-t3', 'loan-t2', 'loan-t1', 'loan-t0']);
    await expect(repository.listByCustomer('customer-paging', null, { first: 1, after: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('counts ACTIVE loans whose earliest unpaid installment is past due', async () => {
    // loan-c and loan-new are ACTIVE; their first installments fall due on 2026-02-28 and 2026-02-02
    expect(await repository.countOverdue(BusinessDate.of(2026, 2, 2))).toBe(0);
    expect(await repository.countOverdue(BusinessDate.of(2026, 2, 3))).toBe(1);
    expect(await repository.countOverdue(BusinessDate.of(2026, 3, 1))).toBe(2);
  });

  it('finds the loans that asked for any of several charges, on an index of their txids', async () => {
    await insert('loan-e', 'customer-5');
    await insert('loan-f', 'customer-6');
    await activate('loan-e', BusinessDate.of(2026, 1, 30));
    await activate('loan-f', BusinessDate.of(2026, 1, 30));
    const e = await advance('loan-e', [charge({ kind: 'INSTALLMENT', number: 1 }, 'txidE1'), charge({ kind: 'PAYOFF' }, 'txidE2')]);
    const f = await advance('loan-f', [charge({ kind: 'INSTALLMENT', number: 2 }, 'txidF1')]);
    expect(e.charges.map(({ txid }) => txid)).toEqual(['txidE1', 'txidE2']);

    const found = await repository.findByChargeTxids(['txidE1', 'txidE2', 'txidF1', 'unknown']);
    expect([...found].sort((a, b) => a.loan.id.localeCompare(b.loan.id))).toEqual([e, f]);
    expect(await repository.findByChargeTxids(['txidE2'])).toEqual([e]);
    expect(await repository.findByChargeTxids(['unknown', 'loan-e'])).toEqual([]);
    expect(await model.collection.indexes()).toContainEqual(expect.objectContaining({ key: { 'charges.txid': 1 } }));
  });
});
