import { eventStream } from '../src/subscriptions/event-stream';
import { resolvedInOrder } from '../src/subscriptions/resolved-ahead';

describe('a subscription’s event stream', () => {
  it('keeps at most its capacity of undelivered events and tells each one it drops, oldest first', async () => {
    let push: (value: number) => void = () => undefined;
    const dropped: number[] = [];
    const stream = eventStream<number>(
      (registered) => {
        push = registered;
        return () => undefined;
      },
      { capacity: 3, onDrop: (value) => dropped.push(value) },
    );
    for (const value of [1, 2, 3, 4, 5]) push(value);
    expect(dropped).toEqual([1, 2]);
    expect([await stream.next(), await stream.next(), await stream.next()].map(({ value }) => value)).toEqual([3, 4, 5]);
    await stream.return?.();
  });
});

describe('resolvedInOrder', () => {
  const deferred = () => {
    let resolve: (value: string) => void = () => undefined;
    const promise = new Promise<string>((settle) => (resolve = settle));
    return { promise, resolve };
  };

  it('resolves up to `ahead` values at once and yields them in the order they came', async () => {
    const pending = new Map<number, ReturnType<typeof deferred>>();
    const source = (async function* () {
      yield* [1, 2, 3, 4];
    })();
    const results = resolvedInOrder(
      source,
      (value) => {
        const waiting = deferred();
        pending.set(value, waiting);
        return waiting.promise;
      },
      3,
    );
    const first = results.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect([...pending.keys()]).toEqual([1, 2, 3]);
    pending.get(3)?.resolve('three');
    pending.get(2)?.resolve('two');
    pending.get(1)?.resolve('one');
    expect(await first).toEqual({ value: 'one', done: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect([...pending.keys()]).toEqual([1, 2, 3, 4]);
    pending.get(4)?.resolve('four');
    const rest = [await results.next(), await results.next(), await results.next(), await results.next()];
    expect(rest).toEqual([
      { value: 'two', done: false },
      { value: 'three', done: false },
      { value: 'four', done: false },
      { value: undefined, done: true },
    ]);
  });

  it('returns its source when the subscriber leaves', async () => {
    let returned = false;
    const source: AsyncIterator<number> = {
      next: () => new Promise(() => undefined),
      return: async () => ((returned = true), { value: undefined, done: true }),
    };
    const results = resolvedInOrder(source, async (value) => value, 4);
    void results.next();
    await results.return?.();
    expect(returned).toBe(true);
  });
});
