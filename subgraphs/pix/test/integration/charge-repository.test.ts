import { UNSAVED, type Stored } from '@bank/kernel';
import { randomUUID } from 'node:crypto';
import { withCorrelationId } from '@bank/observability';
import { Charge, type ActiveCharge } from '../../src/domain';
import { DynamoDbChargeRepository } from '../../src/infrastructure/dynamodb/charge-repository';
import { itemKeys } from '../../src/infrastructure/dynamodb/pix-table';
import { at, newCharge, payCharge, plusSeconds, rejectionCode } from './support/fixtures';
import { createPixTable, type TestPixTable } from './support/pix-table';

let table: TestPixTable;
let charges: DynamoDbChargeRepository;

beforeAll(async () => {
  table = await createPixTable('pix-charges');
  charges = new DynamoDbChargeRepository({ client: table.client, tableName: table.tableName });
});
afterAll(() => table.drop());

async function created(options: Parameters<typeof newCharge>[0] = {}): Promise<Stored<ActiveCharge>> {
  const { state, events } = newCharge(options);
  return { ...state, version: (await charges.save(state, UNSAVED, events)).version };
}

const rawCharge = (txid: string) => table.rawItem(itemKeys.charge(txid));

describe('DynamoDbChargeRepository', () => {
  it('creates a charge and reads it back as it was', async () => {
    const charge = await created({ reference: { source: 'loans', id: 'installment-1' } });

    expect(await charges.get(charge.txid)).toEqual(charge);
    expect(await charges.get('unknown')).toBeNull();
  });

  it('stores the state and its events in one item: the outbox holds the CloudEvents', async () => {
    const { state, events } = newCharge();
    await withCorrelationId('request-42', () => charges.save(state, UNSAVED, events));

    const item = await rawCharge(state.txid);
    expect(item).toMatchObject({ version: 1, charge: { txid: state.txid, status: 'ACTIVE', amount: '25.90' }, outboxPending: 'PENDING' });
    expect(item).not.toHaveProperty('expiresAt'); // the table's TTL attribute
    expect(item?.outbox).toEqual([
      {
        specversion: '1.0',
        id: expect.any(String),
        source: '/subgraphs/pix',
        type: 'pix.charge.created',
        subject: state.txid,
        time: state.createdAt.toISOString(),
        datacontenttype: 'application/json',
        correlationid: 'request-42',
        data: JSON.parse(JSON.stringify(events[0]?.data)),
      },
    ]);
  });

  it('refuses a second charge with the same txid, leaving the first untouched', async () => {
    const first = newCharge();
    await charges.save(first.state, UNSAVED, first.events);
    const before = await rawCharge(first.state.txid);
    const second = newCharge();

    expect(await rejectionCode(charges.save({ ...second.state, txid: first.state.txid }, UNSAVED, second.events))).toBe('CONFLICT');
    expect(await rawCharge(first.state.txid)).toEqual(before);
  });

  it('refuses an update from a stale version and writes nothing, no event either', async () => {
    const charge = await created();
    const paid = payCharge(charge, new Date());
    await charges.save(paid.state, 1, paid.events);
    const before = await rawCharge(charge.txid);

    const removed = Charge.remove(charge, 'RECEIVER', new Date());
    expect(await rejectionCode(charges.save(removed.state, 1, removed.events))).toBe('CONFLICT');
    expect(await rawCharge(charge.txid)).toEqual(before);
    expect(((before?.outbox ?? []) as { type: string }[]).map((event) => event.type)).toEqual(['pix.charge.created', 'pix.charge.paid']);
  });

  it('finds a paid charge by its end-to-end id', async () => {
    const charge = await created();
    const paid = payCharge(charge, new Date());
    expect(await charges.findByEndToEndId(paid.state.payments[0].endToEndId)).toBeNull();
    await charges.save(paid.state, 1, paid.events);

    expect(await charges.findByEndToEndId(paid.state.payments[0].endToEndId)).toEqual({ ...paid.state, version: 2 });
    expect(await charges.findByEndToEndId(payCharge(charge, new Date()).state.payments[0].endToEndId)).toBeNull();
  });

  it('finds the newest charge carrying a reference, and no other', async () => {
    const source = `loans-${randomUUID()}`;
    await created({ reference: { source, id: 'installment#7' }, createdAt: at('2025-01-01T10:00:00Z') });
    const newest = await created({ reference: { source, id: 'installment#7' }, createdAt: at('2025-01-02T10:00:00Z') });
    const lookalike = await created({ reference: { source: `${source}#installment`, id: '7' } });

    expect(await charges.findByReference({ source, id: 'installment#7' })).toEqual(newest);
    expect(await charges.findByReference({ source: `${source}#installment`, id: '7' })).toEqual(lookalike);
    expect(await charges.findByReference({ source, id: 'installment#8' })).toBeNull();
  });

  it('lists a receiver’s charges newest first, page by page', async () => {
    const customerId = randomUUID();
    const start = at('2025-02-01T00:00:00Z');
    const all: Stored<ActiveCharge>[] = [];
    for (let minute = 0; minute < 7; minute++) all.push(await created({ customerId, createdAt: plusSeconds(start, minute * 60) }));
    await created(); // someone else's
    const newestFirst = all.map((charge) => charge.txid).reverse();

    const first = await charges.listByReceiver(customerId, { first: 3, after: null });
    const second = await charges.listByReceiver(customerId, { first: 3, after: first.pageInfo.endCursor });
    const third = await charges.listByReceiver(customerId, { first: 3, after: second.pageInfo.endCursor });
    const txids = (page: typeof first) => page.edges.map((edge) => edge.node.txid);

    expect([txids(first), txids(second), txids(third)]).toEqual([newestFirst.slice(0, 3), newestFirst.slice(3, 6), newestFirst.slice(6)]);
    expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(third.pageInfo.endCursor).toBe(third.edges[0]?.cursor);
    expect(first.edges[2]?.node).toEqual(all[4]);

    const resumed = await charges.listByReceiver(customerId, { first: 2, after: first.edges[0]!.cursor });
    expect(txids(resumed)).toEqual(newestFirst.slice(1, 3));
    const exact = await charges.listByReceiver(customerId, { first: 7, after: null });
    expect(exact.pageInfo.hasNextPage).toBe(false);
    expect(await charges.listByReceiver(randomUUID(), { first: 3, after: null })).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('returns as due only active charges past their expiry whose expiry is not recorded, oldest expiry first', async () => {
    // An era of its own: no other test's charge expires before 2001.
    const t0 = at('2000-01-01T00:00:00Z');
    const due = await created({ createdAt: t0, expiresInSeconds: 120 });
    const dueFirst = await created({ createdAt: t0, expiresInSeconds: 60 });
    await created({ createdAt: t0, expiresInSeconds: 3_600 }); // not due yet
    const paid = await created({ createdAt: t0, expiresInSeconds: 60 });
    const removed = await created({ createdAt: t0, expiresInSeconds: 60 });
    const recorded = await created({ createdAt: t0, expiresInSeconds: 60 });
    const payment = payCharge(paid, plusSeconds(t0, 30));
    await charges.save(payment.state, 1, payment.events);
    const removal = Charge.remove(removed, 'PSP', plusSeconds(t0, 30));
    await charges.save(removal.state, 1, removal.events);
    const expiry = Charge.expire(recorded, plusSeconds(t0, 90));
    await charges.save(expiry.state, 1, expiry.events);

    const now = plusSeconds(t0, 300);
    expect((await charges.dueForExpiry(now, 10)).map((charge) => charge.txid)).toEqual([dueFirst.txid, due.txid]);
    expect(await charges.dueForExpiry(now, 1)).toEqual([dueFirst]);
    expect(await charges.dueForExpiry(plusSeconds(t0, 60), 10)).toEqual([dueFirst]);
    for (const charge of [paid, removed, recorded]) expect(await rawCharge(charge.txid)).not.toHaveProperty('expiryPk');
  });
});
