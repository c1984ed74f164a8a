import { EventInProgressError, oncePerEvent, type ClaimResult, type ProcessedEventStore } from '../src/idempotency';

/** Pure logic under test: an in-memory store without leases; `takeOver` plays a second worker after the lease. */
class MemoryProcessedEventStore implements ProcessedEventStore {
  readonly claims = new Map<string, { state: 'in-progress' | 'completed'; token: string }>();
  private tokens = 0;

  async claim(consumer: string, eventId: string): Promise<ClaimResult> {
    const existing = this.claims.get(`${consumer}/${eventId}`);
    if (existing?.state === 'completed') return { outcome: 'already-processed' };
    if (existing?.state === 'in-progress') return { outcome: 'busy' };
    return this.takeOver(consumer, eventId);
  }

  takeOver(consumer: string, eventId: string): Extract<ClaimResult, { outcome: 'claimed' }> {
    const token = `token-${++this.tokens}`;
    this.claims.set(`${consumer}/${eventId}`, { state: 'in-progress', token });
    return { outcome: 'claimed', token };
  }

  async complete(consumer: string, eventId: string, token: string): Promise<boolean> {
    if (!this.holds(consumer, eventId, token)) return false;
    this.claims.set(`${consumer}/${eventId}`, { state: 'completed', token });
    return true;
  }

  async release(consumer: string, eventId: string, token: string): Promise<boolean> {
    return this.holds(consumer, eventId, token) && this.claims.delete(`${consumer}/${eventId}`);
  }

  private holds(consumer: string, eventId: string, token: string): boolean {
    const claim = this.claims.get(`${consumer}/${eventId}`);
    return claim?.state === 'in-progress' && claim.token === token;
  }
}

const consumer = 'loans.on-charge-paid';
const event = { id: 'evt-1', type: 'pix.charge.paid' };

describe('oncePerEvent', () => {
  it('passes the event and the delivery context to the handler once, then skips redeliveries', async () => {
    const store = new MemoryProcessedEventStore();
    const calls: unknown[][] = [];
    const handle = oncePerEvent(store, consumer, async (received: typeof event, context: { attempt: number }) => void calls.push([received, context]));

    await handle(event, { attempt: 1 });
    await handle(event, { attempt: 2 });

    expect(calls).toEqual([[event, { attempt: 1 }]]);
    expect(store.claims.get(`${consumer}/evt-1`)).toMatchObject({ state: 'completed' });
  });

  it('throws a retryable EventInProgressError while another worker holds the event', async () => {
    const store = new MemoryProcessedEventStore();
    await store.claim(consumer, event.id);
    let ran = false;

    const handling = oncePerEvent(store, consumer, async () => void (ran = true))(event);

    await expect(handling).rejects.toBeInstanceOf(EventInProgressError);
    await expect(handling).rejects.toThrow(/evt-1/);
    expect(ran).toBe(false);
  });

  it('releases the event and rethrows when the handler fails', async () => {
    const store = new MemoryProcessedEventStore();
    const failure = new Error('ledger unavailable');

    await expect(oncePerEvent(store, consumer, () => Promise.reject(failure))(event)).rejects.toBe(failure);
    expect(store.claims.has(`${consumer}/evt-1`)).toBe(false);
  });

  it("acknowledges an event whose claim another worker took over meanwhile, leaving that worker's claim alone", async () => {
    const store = new MemoryProcessedEventStore();
    let second = '';
    const handle = oncePerEvent(store, consumer, async () => void ({ token: second } = store.takeOver(consumer, event.id)));

    await expect(handle(event)).resolves.toBeUndefined();

    expect(store.claims.get(`${consumer}/evt-1`)).toEqual({ state: 'in-progress', token: second });
  });

  it('leaves the claim of a worker that took over alone when the stale handler fails', async () => {
    const store = new MemoryProcessedEventStore();
    const failure = new Error('ledger unavailable');
    const handle = oncePerEvent(store, consumer, async () => {
      store.takeOver(consumer, event.id);
      throw failure;
    });

    await expect(handle(event)).rejects.toBe(failure);

    expect(store.claims.get(`${consumer}/evt-1`)).toMatchObject({ state: 'in-progress' });
  });
});
