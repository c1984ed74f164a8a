import { randomUUID } from 'node:crypto';
import { withIdempotency, type BeginResult } from '@bank/messaging';
import { eventually, ManualClock } from '@bank/testing';
import { DynamoDbIdempotencyStore } from '../src';
import { createTestTable, type TestTable } from './support/table';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('idempotency');
});
afterAll(() => table.drop());

const LEASE_MS = 30_000;
const RETENTION_SECONDS = 3_600;

function tokenOf(begun: BeginResult): string {
  if (begun.state !== 'started') throw new Error(`Expected to start the key, got ${begun.state}`);
  return begun.token;
}

function storeWithClock() {
  const clock = new ManualClock('2025-01-01T12:00:00Z');
  const store = new DynamoDbIdempotencyStore({ client: table.client, tableName: table.tableName, clock, retentionSeconds: RETENTION_SECONDS });
  return { clock, store };
}

describe('DynamoDbIdempotencyStore', () => {
  const scope = 'customer-1:createPixCharge';

  it('starts a key once; later begins see it in progress, then completed with its response', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();

    const begun = await store.begin(scope, key, 'hash-a', LEASE_MS);
    expect(begun).toEqual({ state: 'started', token: expect.any(String) });
    expect(await store.begin(scope, key, 'hash-b', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-a' });
    expect(await store.complete(scope, key, tokenOf(begun), '{"txid":"abc"}')).toBe(true);
    expect(await store.begin(scope, key, 'hash-a', LEASE_MS)).toEqual({ state: 'completed', requestHash: 'hash-a', response: '{"txid":"abc"}' });
  });

  it('keeps keys of different scopes apart', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();

    await store.begin('customer-1:createPixCharge', key, 'hash-a', LEASE_MS);
    expect(await store.begin('customer-2:createPixCharge', key, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('lets a request take over a key whose holder outlived its lease', async () => {
    const { clock, store } = storeWithClock();
    const key = randomUUID();
    await store.begin(scope, key, 'hash-a', LEASE_MS);

    clock.advance(LEASE_MS - 1);
    expect(await store.begin(scope, key, 'hash-a', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-a' });
    clock.advance(1);
    expect(await store.begin(scope, key, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('forgets a completed key after the retention period, even before TTL deletes it', async () => {
    const { clock, store } = storeWithClock();
    const key = randomUUID();
    await store.complete(scope, key, tokenOf(await store.begin(scope, key, 'hash-a', LEASE_MS)), '1');

    clock.advance(RETENTION_SECONDS * 1000 - 1000);
    expect(await store.begin(scope, key, 'hash-b', LEASE_MS)).toMatchObject({ state: 'completed' });
    clock.advance(1000);
    expect(await store.begin(scope, key, 'hash-b', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it('releases an in-progress key but never a completed one', async () => {
    const { store } = storeWithClock();
    const [released, completed] = [randomUUID(), randomUUID()];
    const releasedToken = tokenOf(await store.begin(scope, released, 'hash-a', LEASE_MS));
    const completedToken = tokenOf(await store.begin(scope, completed, 'hash-a', LEASE_MS));
    await store.complete(scope, completed, completedToken, '"done"');

    expect(await store.release(scope, released, releasedToken)).toBe(true);
    expect(await store.release(scope, completed, completedToken)).toBe(false);

    expect(await store.begin(scope, released, 'hash-b', LEASE_MS)).toMatchObject({ state: 'started' });
    expect(await store.begin(scope, completed, 'hash-b', LEASE_MS)).toMatchObject({ state: 'completed', response: '"done"' });
  });

  it('refuses to complete a key nobody began', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();

    expect(await store.complete(scope, key, randomUUID(), '1')).toBe(false);
    expect(await store.begin(scope, key, 'hash-a', LEASE_MS)).toMatchObject({ state: 'started' });
  });

  it("refuses the complete and the release of a holder whose key was taken over, and keeps the new holder's record", async () => {
    const { clock, store } = storeWithClock();
    const key = randomUUID();
    const stale = tokenOf(await store.begin(scope, key, 'hash-a', LEASE_MS));
    clock.advance(LEASE_MS);
    const current = tokenOf(await store.begin(scope, key, 'hash-b', LEASE_MS));

    expect(await store.complete(scope, key, stale, '"stale"')).toBe(false);
    expect(await store.release(scope, key, stale)).toBe(false);
    expect(await store.begin(scope, key, 'hash-c', LEASE_MS)).toEqual({ state: 'in-progress', requestHash: 'hash-b' });

    expect(await store.complete(scope, key, current, '"current"')).toBe(true);
    expect(await store.release(scope, key, stale)).toBe(false);
    expect(await store.begin(scope, key, 'hash-b', LEASE_MS)).toEqual({ state: 'completed', requestHash: 'hash-b', response: '"current"' });
  });
});

describe('withIdempotency on DynamoDB', () => {
  const scope = 'customer-1:createPixCharge';
  const input = { amount: '10.00', payer: { name: 'Ana', cpf: '52998224725' } };

  it('runs once per key and answers a retry, even with keys in another order, with the first result', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();
    let runs = 0;
    const run = async () => ({ txid: `charge-${++runs}`, createdAt: new Date('2025-01-01T00:00:00Z') });

    const first = await withIdempotency(store, { scope, key, input }, run);
    const retry = await withIdempotency(store, { scope, key, input: { payer: { cpf: '52998224725', name: 'Ana' }, amount: '10.00' } }, run);

    expect(runs).toBe(1);
    expect(first).toEqual({ txid: 'charge-1', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(retry).toEqual(first);
  });

  it('refuses the key with another input', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();
    await withIdempotency(store, { scope, key, input }, async () => 'first');

    await expect(withIdempotency(store, { scope, key, input: { ...input, amount: '11.00' } }, async () => 'second')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/different request/),
    });
  });

  it('runs only one of many concurrent requests with the same key; the others are told it is in progress', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();
    let runs = 0;
    let finish: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (finish = resolve));
    const run = async () => {
      runs++;
      await running;
      return runs;
    };
    const outcomes: PromiseSettledResult<number>[] = [];

    const requests = Array.from({ length: 5 }, () =>
      withIdempotency(store, { scope, key, input }, run).then(
        (value) => outcomes.push({ status: 'fulfilled', value }),
        (reason: unknown) => outcomes.push({ status: 'rejected', reason }),
      ),
    );
    await eventually(() => expect(outcomes).toHaveLength(4)); // all but the one running

    expect(runs).toBe(1);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT', message: expect.stringMatching(/still being processed/) } });
    }
    finish();
    await Promise.all(requests);
    expect(outcomes[4]).toEqual({ status: 'fulfilled', value: 1 });
    expect(await withIdempotency(store, { scope, key, input }, run)).toBe(1);
  });

  it('forgets a failed run, so the retry runs', async () => {
    const { store } = storeWithClock();
    const key = randomUUID();

    await expect(withIdempotency(store, { scope, key, input }, () => Promise.reject(new Error('ledger unavailable')))).rejects.toThrow('ledger unavailable');
    expect(await withIdempotency(store, { scope, key, input }, async () => 'ran')).toBe('ran');
  });
});
