import { AppError } from '@bank/kernel';
import { idempotentObject, withIdempotency, type BeginResult, type IdempotencyRecord, type IdempotencyStore } from '../src/idempotency';

type HeldRecord = IdempotencyRecord & { readonly token: string };

/** Pure logic under test: an in-memory store whose records never expire; `takeOver` plays a request after the lease. */
class MemoryIdempotencyStore implements IdempotencyStore {
  readonly records = new Map<string, HeldRecord>();
  private tokens = 0;

  async begin(scope: string, key: string, requestHash: string): Promise<BeginResult> {
    const existing = this.records.get(`${scope}/${key}`);
    if (existing === undefined) return this.takeOver(scope, key, requestHash);
    const { token: _token, ...record } = existing;
    return record;
  }

  takeOver(scope: string, key: string, requestHash: string): Extract<BeginResult, { state: 'started' }> {
    const token = `token-${++this.tokens}`;
    this.records.set(`${scope}/${key}`, { state: 'in-progress', requestHash, token });
    return { state: 'started', token };
  }

  async complete(scope: string, key: string, token: string, response: string): Promise<boolean> {
    const record = this.records.get(`${scope}/${key}`);
    if (record?.state !== 'in-progress' || record.token !== token) return false;
    this.records.set(`${scope}/${key}`, { state: 'completed', requestHash: record.requestHash, response, token });
    return true;
  }

  async release(scope: string, key: string, token: string): Promise<boolean> {
    const record = this.records.get(`${scope}/${key}`);
    return record?.state === 'in-progress' && record.token === token && this.records.delete(`${scope}/${key}`);
  }
}

const scope = 'customer-1:createPixCharge';
const input = { amount: '10.00', description: 'rent', tags: ['a', 'b'] };

describe('withIdempotency', () => {
  it('runs once and answers a retry with the first result decoded from JSON, on the first call too', async () => {
    const store = new MemoryIdempotencyStore();
    let runs = 0;
    const run = async () => ({ run: ++runs, at: new Date('2025-01-01T00:00:00Z'), note: undefined });

    const first = await withIdempotency(store, { scope, key: 'k-1', input }, run);
    const retry = await withIdempotency(store, { scope, key: 'k-1', input: { tags: ['a', 'b'], description: 'rent', amount: '10.00' } }, run);

    expect(runs).toBe(1);
    expect(first).toEqual({ run: 1, at: '2025-01-01T00:00:00.000Z' });
    expect(retry).toEqual(first);
  });

  it('stores a run that returns nothing as null', async () => {
    const store = new MemoryIdempotencyStore();
    await withIdempotency(store, { scope, key: 'k-void', input }, async () => undefined);
    expect(store.records.get(`${scope}/k-void`)).toEqual({ state: 'completed', requestHash: expect.any(String), response: 'null', token: expect.any(String) });
  });

  it.each([
    ['another value', { ...input, amount: '10.01' }],
    ['another array order', { ...input, tags: ['b', 'a'] }],
    ['a missing field', { amount: '10.00', description: 'rent' }],
  ])('refuses the key with %s', async (_, other) => {
    const store = new MemoryIdempotencyStore();
    await withIdempotency(store, { scope, key: 'k-2', input }, async () => 1);

    const reuse = withIdempotency(store, { scope, key: 'k-2', input: other }, async () => 2);

    await expect(reuse).rejects.toBeInstanceOf(AppError);
    await expect(reuse).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/different request/) });
  });

  it('refuses the key while its first request runs, without running again', async () => {
    const store = new MemoryIdempotencyStore();
    let finish: (value: string) => void = () => undefined;
    const first = withIdempotency(store, { scope, key: 'k-3', input }, () => new Promise<string>((resolve) => (finish = resolve)));
    let ran = false;

    await expect(withIdempotency(store, { scope, key: 'k-3', input }, async () => (ran = true))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/still being processed/),
    });
    expect(ran).toBe(false);
    finish('first');
    expect(await first).toBe('first');
  });

  it('releases the key when the run fails, so a retry runs', async () => {
    const store = new MemoryIdempotencyStore();

    await expect(withIdempotency(store, { scope, key: 'k-4', input }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(store.records.has(`${scope}/k-4`)).toBe(false);
    expect(await withIdempotency(store, { scope, key: 'k-4', input }, async () => 'second')).toBe('second');
  });

  it('reports the run error, not the release error, when both fail', async () => {
    const store = new MemoryIdempotencyStore();
    store.release = () => Promise.reject(new Error('store down'));

    await expect(withIdempotency(store, { scope, key: 'k-5', input }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it.each(['', 'a'.repeat(65), 'has space', 'scope#key', 'ação'])('refuses the malformed key %j before touching the store', async (key) => {
    const store = new MemoryIdempotencyStore();

    await expect(withIdempotency(store, { scope, key, input }, async () => 1)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(store.records.size).toBe(0);
  });

  it('accepts a UUID and a 64-character key', async () => {
    const store = new MemoryIdempotencyStore();
    for (const key of ['3f2c1a9e-6b1d-4c1a-9f7e-2b8d4c6a1e0f', 'A_b-'.repeat(16)]) {
      await expect(withIdempotency(store, { scope, key, input }, async () => key)).resolves.toBe(key);
    }
  });

  it('returns the result of a run that lost its key to a takeover, but keeps the result of the run that took over', async () => {
    const store = new MemoryIdempotencyStore();
    const first = withIdempotency(store, { scope, key: 'k-6', input }, async () => {
      const { token } = store.takeOver(scope, 'k-6', 'hash-of-the-takeover');
      await store.complete(scope, 'k-6', token, '"second"');
      return 'first';
    });

    expect(await first).toBe('first');
    expect(store.records.get(`${scope}/k-6`)).toMatchObject({ state: 'completed', response: '"second"' });
  });
});

describe('idempotentObject', () => {
  const objects = new Map([['o-1', { id: 'o-1', at: new Date('2026-01-01T00:00:00Z'), status: 'NOW' }]]);
  const options = { idOf: (object: { id: string }) => object.id, load: async (id: string) => objects.get(id)! };

  it('returns what the first run wrote, and reads the object again by its id on a retry, running once', async () => {
    const store = new MemoryIdempotencyStore();
    let runs = 0;
    const run = async () => {
      runs += 1;
      return { id: 'o-1', at: new Date('2026-01-01T00:00:00Z'), status: 'WRITTEN' };
    };
    expect(await idempotentObject(store, { scope, key: 'k-o', input }, run, options)).toEqual({
      id: 'o-1',
      at: new Date('2026-01-01T00:00:00Z'),
      status: 'WRITTEN',
    });
    expect(await idempotentObject(store, { scope, key: 'k-o', input }, run, options)).toBe(objects.get('o-1'));
    expect(runs).toBe(1);
    await expect(idempotentObject(store, { scope, key: 'k-o', input: { other: true } }, run, options)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
