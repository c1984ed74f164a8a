import { UNSAVED, type Stored, Money } from '@bank/kernel';
import { randomUUID } from 'node:crypto';
import { withCorrelationId } from '@bank/observability';
import { Transfer, type PendingTransfer } from '../../src/domain';
import { itemKeys } from '../../src/infrastructure/dynamodb/pix-table';
import { DynamoDbTransferRepository } from '../../src/infrastructure/dynamodb/transfer-repository';
import { at, ids, plusSeconds, receiver, rejectionCode, requestTransfer } from './support/fixtures';
import { createPixTable, type TestPixTable } from './support/pix-table';

let table: TestPixTable;
let transfers: DynamoDbTransferRepository;

beforeAll(async () => {
  table = await createPixTable('pix-transfers');
  transfers = new DynamoDbTransferRepository({ client: table.client, tableName: table.tableName });
});
afterAll(() => table.drop());

async function requested(options: Parameters<typeof requestTransfer>[0] = {}): Promise<Stored<PendingTransfer>> {
  const { state, events } = requestTransfer(options);
  return { ...state, version: (await transfers.save(state, UNSAVED, events)).version };
}

const rawTransfer = (id: string) => table.rawItem(itemKeys.transfer(id));
const outboxTypes = async (id: string) => (((await rawTransfer(id))?.outbox ?? []) as { type: string }[]).map((event) => event.type);

describe('DynamoDbTransferRepository', () => {
  it('creates a transfer with its event in the outbox, and reads it back as it was', async () => {
    const { state, events } = requestTransfer({ reference: { source: 'insurance', id: 'claim-9' } });
    await withCorrelationId('request-7', () => transfers.save(state, UNSAVED, events));

    expect(await transfers.get(state.id)).toEqual({ ...state, version: 1 });
    expect(await transfers.get(randomUUID())).toBeNull();
    expect(await rawTransfer(state.id)).toMatchObject({
      version: 1,
      transfer: { id: state.id, status: 'PENDING', amount: '150.00' },
      outboxPending: 'PENDING',
      outbox: [
        {
          type: 'pix.transfer.requested',
          source: '/subgraphs/pix',
          subject: state.id,
          correlationid: 'request-7',
          data: JSON.parse(JSON.stringify(events[0]?.data)),
        },
      ],
    });
  });

  it('keeps a transfer without a destination key as it was', async () => {
    const { state, events } = Transfer.request({ id: ids.uuid(), sender: receiver, toKey: null, amount: Money.parse('1.00') }, new Date());
    await transfers.save(state, UNSAVED, events);
    const failed = Transfer.fail(state, 'The customer has no Pix key', new Date());
    await transfers.save(failed.state, 1, failed.events);

    expect(await transfers.get(state.id)).toEqual({ ...failed.state, version: 2 });
  });

  it('refuses a second transfer with the same id', async () => {
    const transfer = await requested();
    const other = requestTransfer();

    expect(await rejectionCode(transfers.save({ ...other.state, id: transfer.id }, UNSAVED, other.events))).toBe('CONFLICT');
    expect(await transfers.get(transfer.id)).toEqual(transfer);
  });

  it('settles from the version read, and refuses a stale update without writing anything', async () => {
    const transfer = await requested();
    const settled = Transfer.settle(transfer, { endToEndId: ids.endToEndId(new Date()), receiver }, new Date());
    await transfers.save(settled.state, 1, settled.events);
    const before = await rawTransfer(transfer.id);

    const failed = Transfer.fail(transfer, 'Refused by the central system', new Date());
    expect(await rejectionCode(transfers.save(failed.state, 1, failed.events))).toBe('CONFLICT');
    expect(await rawTransfer(transfer.id)).toEqual(before);
    expect(await transfers.get(transfer.id)).toEqual({ ...settled.state, version: 2 });
    expect(await outboxTypes(transfer.id)).toEqual(['pix.transfer.requested', 'pix.transfer.settled']);
  });

  it('finds the newest transfer carrying a reference', async () => {
    const reference = { source: 'loans', id: `disbursement-${randomUUID()}` };
    await requested({ reference, createdAt: at('2025-01-01T00:00:00Z') });
    const newest = await requested({ reference, createdAt: at('2025-01-05T00:00:00Z') });

    expect(await transfers.findByReference(reference)).toEqual(newest);
    expect(await transfers.findByReference({ ...reference, id: 'other' })).toBeNull();
  });

  it('lists a sender’s transfers newest first, page by page, leaving out transfers the bank sent', async () => {
    const customerId = randomUUID();
    const start = at('2025-02-01T00:00:00Z');
    const sent: PendingTransfer[] = [];
    for (let minute = 0; minute < 5; minute++) sent.push(await requested({ customerId, createdAt: plusSeconds(start, minute * 60) }));
    const bankSent = await requested({ customerId: null });
    const newestFirst = sent.map((transfer) => transfer.id).reverse();

    const first = await transfers.listBySender(customerId, { first: 2, after: null });
    const second = await transfers.listBySender(customerId, { first: 2, after: first.pageInfo.endCursor });
    const third = await transfers.listBySender(customerId, { first: 2, after: second.pageInfo.endCursor });

    expect([first, second, third].map((page) => page.edges.map((edge) => edge.node.id))).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4),
    ]);
    expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(first.edges[0]?.node).toEqual(sent[4]);
    expect(await rawTransfer(bankSent.id)).not.toHaveProperty('ownerPk');
  });
});
