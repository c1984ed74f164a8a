import { eventually, startBroker, stopBroker } from '@bank/testing';
import { fundedAccount, posted, single, useLedger } from './integration/support';
import { relayLedgerEvents, type RelayedEvents } from './integration/relay-support';

jest.setTimeout(180_000);

describe('ledger events while the broker is down', () => {
  const t = useLedger('ledger_broker_down', { outboxClaimLeaseMs: 1_000 });
  let events: RelayedEvents;
  beforeAll(async () => {
    events = await relayLedgerEvents(t.connected, { publishTimeoutMs: 3_000 });
  });
  afterAll(async () => {
    // Whatever happened, the shared broker must come back for everyone else.
    await startBroker();
    await events.close();
  });

  it('commits transfers while the broker is stopped, and publishes each of their events once after it returns', async () => {
    const from = await fundedAccount(t.ledger, '100.00');
    const to = await fundedAccount(t.ledger, '0.00');
    await eventually(() => expect(events.received.length).toBeGreaterThanOrEqual(3));

    const during = [];
    await stopBroker();
    try {
      for (let index = 0; index < 20; index++) during.push(await t.ledger.createTransfer(single(from, to, '1.00')));
      expect(await posted(t.ledger, to)).toBe('20.00');
      const waiting = await t.db.selectFrom('outbox').select('aggregate_id').execute();
      expect(waiting.map(({ aggregate_id }) => aggregate_id)).toEqual(expect.arrayContaining(during.map(({ id }) => id)));
    } finally {
      await startBroker();
    }

    // Delivery is at least once: a publish confirmed too late for the relay, or a delivery the broker saw
    // unacknowledged, comes again with the same event id, which consumers apply once. What must hold is
    // that every transfer's event arrives, and as one event: one id per transfer.
    const eventIds = new Map<string, Set<string>>(during.map(({ id }) => [id, new Set()]));
    await eventually(
      () => {
        for (const event of events.received) eventIds.get(event.subject)?.add(event.id);
        expect([...eventIds.values()].filter((ids) => ids.size > 0)).toHaveLength(20);
      },
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    await events.relay.drain();
    for (const event of events.received) eventIds.get(event.subject)?.add(event.id);
    expect([...eventIds.values()].map((ids) => ids.size)).toEqual(new Array(20).fill(1));
    expect(await t.db.selectFrom('outbox').select('event_id').execute()).toEqual([]);
  });
});
