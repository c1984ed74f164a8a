import { randomUUID } from 'node:crypto';
import { EventInProgressError, oncePerEvent, type ClaimResult, cloudEvent } from '@bank/messaging';
import { eventually, ManualClock } from '@bank/testing';
import { DynamoDbProcessedEventStore } from '../src';
import { createTestTable, type TestTable } from './support/table';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('processed-events');
});
afterAll(() => table.drop());

const LEASE_MS = 10_000;
const consumer = 'loans.on-pix-charge-paid';

function tokenOf(claim: ClaimResult): string {
  if (claim.outcome !== 'claimed') throw new Error(`Expected to claim the event, got ${claim.outcome}`);
  return claim.token;
}

function storeWithClock() {
  const clock = new ManualClock('2025-01-01T12:00:00Z');
  const store = new DynamoDbProcessedEventStore({ client: table.client, tableName: table.tableName, clock, retentionSeconds: 3_600 });
  return { clock, store };
}

describe('DynamoDbProcessedEventStore', () => {
  it('claims an event once: busy while claimed, already processed once completed', async () => {
    const { store } = storeWithClock();
    const eventId = randomUUID();

    const token = tokenOf(await store.claim(consumer, eventId, LEASE_MS));
    expect(await store.claim(consumer, eventId, LEASE_MS)).toEqual({ outcome: 'busy' });
    expect(await store.complete(consumer, eventId, token)).toBe(true);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('keeps consumers apart: each handles the event once', async () => {
    const { store } = storeWithClock();
    const eventId = randomUUID();
    await store.complete(consumer, eventId, tokenOf(await store.claim(consumer, eventId, LEASE_MS)));

    expect(await store.claim('insurance.on-pix-charge-paid', eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });

  it('lets another worker take over a claim whose lease is over', async () => {
    const { clock, store } = storeWithClock();
    const eventId = randomUUID();
    await store.claim(consumer, eventId, LEASE_MS);

    clock.advance(LEASE_MS - 1);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toEqual({ outcome: 'busy' });
    clock.advance(1);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });

  it('frees a released claim, and gives exactly one of many concurrent claims', async () => {
    const { store } = storeWithClock();
    const eventId = randomUUID();
    expect(await store.release(consumer, eventId, tokenOf(await store.claim(consumer, eventId, LEASE_MS)))).toBe(true);

    const claims = await Promise.all(Array.from({ length: 6 }, () => store.claim(consumer, eventId, LEASE_MS)));

    expect(claims.map((claim) => claim.outcome).sort()).toEqual(['busy', 'busy', 'busy', 'busy', 'busy', 'claimed']);
  });

  it("refuses the complete and the release of a worker whose claim was taken over, and keeps the new worker's claim", async () => {
    const { clock, store } = storeWithClock();
    const eventId = randomUUID();
    const stale = tokenOf(await store.claim(consumer, eventId, LEASE_MS));
    clock.advance(LEASE_MS);
    const current = tokenOf(await store.claim(consumer, eventId, LEASE_MS));

    expect(await store.complete(consumer, eventId, stale)).toBe(false);
    expect(await store.release(consumer, eventId, stale)).toBe(false);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toEqual({ outcome: 'busy' });

    expect(await store.complete(consumer, eventId, current)).toBe(true);
    expect(await store.release(consumer, eventId, current)).toBe(false);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toEqual({ outcome: 'already-processed' });
  });

  it('refuses to complete an event nobody claimed, and records nothing', async () => {
    const { store } = storeWithClock();
    const eventId = randomUUID();

    expect(await store.complete(consumer, eventId, randomUUID())).toBe(false);
    expect(await store.claim(consumer, eventId, LEASE_MS)).toMatchObject({ outcome: 'claimed' });
  });
});

describe('oncePerEvent on DynamoDB', () => {
  const paid = () => cloudEvent({ source: '/subgraphs/pix', type: 'pix.charge.paid', subject: randomUUID(), data: { amount: '10.00' } });

  it('applies a redelivered event once and acknowledges the redelivery', async () => {
    const { store } = storeWithClock();
    const applied: string[] = [];
    const handle = oncePerEvent(store, consumer, async (event: { id: string }) => void applied.push(event.id));
    const event = paid();

    await handle(event);
    await handle(event);

    expect(applied).toEqual([event.id]);
  });

  it('asks for a retry while another worker handles the event, then skips it once done', async () => {
    const { store } = storeWithClock();
    let finish: () => void = () => undefined;
    const handling = new Promise<void>((resolve) => (finish = resolve));
    let runs = 0;
    const handle = oncePerEvent(store, consumer, async () => {
      runs++;
      await handling;
    });
    const event = paid();

    const first = handle(event);
    await eventually(() => expect(runs).toBe(1));
    await expect(handle(event)).rejects.toBeInstanceOf(EventInProgressError);
    finish();
    await first;

    await expect(handle(event)).resolves.toBeUndefined();
    expect(runs).toBe(1);
  });

  it('releases the event when the handler fails, so the redelivery applies it', async () => {
    const { store } = storeWithClock();
    let attempts = 0;
    const handle = oncePerEvent(store, consumer, async () => {
      if (++attempts === 1) throw new Error('ledger unavailable');
    });
    const event = paid();

    await expect(handle(event)).rejects.toThrow('ledger unavailable');
    await handle(event);
    await handle(event);

    expect(attempts).toBe(2);
  });
});
