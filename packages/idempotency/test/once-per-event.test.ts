import { EventInProgressError, oncePerEvent, type ClaimResult, type ProcessedEventStore } from '../src';

/** Pure logic under test: an in-memory store without leases. */
class MemoryProcessedEventStore implements ProcessedEventStore {
  readonly states = new Map<string, 'in-progress' | 'completed'>();

  async claim(consumer: string, eventId: string): Promise<ClaimResult> {
    const state = this.states.get(`${consumer}/${eventId}`);
    if (state === 'completed') return 'already-processed';
    if (state === 'in-progress') return 'busy';
    this.states.set(`${consumer}/${eventId}`, 'in-progress');
    return 'claimed';
  }

  async complete(consumer: string, eventId: string): Promise<void> {
    this.states.set(`${consumer}/${eventId}`, 'completed');
  }

  async release(consumer: string, eventId: string): Promise<void> {
    this.states.delete(`${consumer}/${eventId}`);
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
    expect(store.states.get(`${consumer}/evt-1`)).toBe('completed');
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
    expect(store.states.has(`${consumer}/evt-1`)).toBe(false);
  });
});
