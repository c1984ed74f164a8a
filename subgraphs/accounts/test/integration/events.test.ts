import { ACCOUNTS_EVENT_SCHEMAS, ACCOUNTS_EVENTS } from '@bank/contracts';
import { eventually } from '@bank/testing';
import { accountId, fundedAccount, hold, newId, reais, single, transferId, useLedger } from './support';
import { relayLedgerEvents, type RelayedEvents } from './relay-support';

describe('ledger events', () => {
  const t = useLedger('ledger_events');
  let events: RelayedEvents;
  beforeAll(async () => {
    events = await relayLedgerEvents(t.connected, { start: false });
  });
  afterAll(() => events.close());

  const outboxTypes = async (subject: string) =>
    (await t.db.selectFrom('outbox').select('event').where('aggregate_id', '=', subject).orderBy('position').execute()).map(({ event }) => event.type);

  it('writes each event to the outbox in the transaction of its change, and the relay publishes it as a CloudEvent', async () => {
    const id = accountId();
    const customerId = newId('customer');
    await t.ledger.openCustomerAccount({ id, customerId, overdraftLimit: reais('100.00') });
    expect(await outboxTypes(id)).toEqual([ACCOUNTS_EVENTS.accountOpened]);
    const other = await fundedAccount(t.ledger, '0.00');
    const transfer = await t.ledger.createTransfer(single(id, other, '25.00', { description: 'lunch' }));
    expect(await outboxTypes(transfer.id)).toEqual([ACCOUNTS_EVENTS.transferPosted]);

    await events.relay.drain();
    expect(await outboxTypes(transfer.id)).toEqual([]);
    const opened = await eventually(() => events.received.find((event) => event.subject === id) ?? Promise.reject(new Error('not yet')));
    expect(opened).toMatchObject({
      specversion: '1.0',
      source: '/subgraphs/accounts',
      type: 'accounts.account.opened',
      data: { accountId: id, customerId, overdraftLimit: '100.00' },
    });
    const posted = await eventually(() => events.received.find((event) => event.subject === transfer.id) ?? Promise.reject(new Error('not yet')));
    expect(posted.data).toEqual({
      transferId: transfer.id,
      pendingId: null,
      debitAccountId: id,
      creditAccountId: other,
      amount: '25.00',
      code: 'transfer',
      description: 'lunch',
      postedAt: transfer.createdAt.toISOString(),
    });
  });

  it('publishes a hold and its resolution in order, under the hold as subject, each matching its contract', async () => {
    const from = await fundedAccount(t.ledger, '50.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const first = await t.ledger.createTransfer(hold(from, to, '20.00'));
    await t.ledger.createTransfer({ type: 'post', id: transferId('post'), pendingId: first.id, amount: reais('15.00') });
    const second = await t.ledger.createTransfer(hold(from, to, '5.00'));
    await t.ledger.createTransfer({ type: 'void', id: transferId('void'), pendingId: second.id });
    expect(await outboxTypes(first.id)).toEqual([ACCOUNTS_EVENTS.transferHeld, ACCOUNTS_EVENTS.transferPosted]);

    await events.relay.drain();
    const of = (subject: string) => events.received.filter((event) => event.subject === subject);
    await eventually(() => expect(of(first.id).length + of(second.id).length).toBe(4));
    expect(of(first.id).map(({ type }) => type)).toEqual([ACCOUNTS_EVENTS.transferHeld, ACCOUNTS_EVENTS.transferPosted]);
    expect(of(first.id)[1]!.data).toMatchObject({ pendingId: first.id, amount: '15.00' });
    expect(of(second.id).map(({ type, data }) => [type, (data as { reason?: string }).reason])).toEqual([
      [ACCOUNTS_EVENTS.transferHeld, undefined],
      [ACCOUNTS_EVENTS.transferVoided, 'voided'],
    ]);
    for (const event of events.received) {
      const schema = ACCOUNTS_EVENT_SCHEMAS[event.type as keyof typeof ACCOUNTS_EVENT_SCHEMAS];
      expect([event.type, schema.safeParse(event.data).success]).toEqual([event.type, true]);
    }
  });

  it('writes no event for a refused transfer, nor for a repeated one', async () => {
    const from = await fundedAccount(t.ledger, '1.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const refused = single(from, to, '2.00');
    await expect(t.ledger.createTransfer(refused)).rejects.toMatchObject({ reason: 'INSUFFICIENT_FUNDS' });
    expect(await outboxTypes(refused.id)).toEqual([]);
    const accepted = single(from, to, '1.00');
    await t.ledger.createTransfer(accepted);
    await t.ledger.createTransfer(accepted);
    expect(await outboxTypes(accepted.id)).toEqual([ACCOUNTS_EVENTS.transferPosted]);
    await events.relay.drain();
  });
});
