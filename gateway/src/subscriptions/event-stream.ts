/**
 * Turns pushed values into an async iterator that graphql-ws consumes. `return()` (the client
 * completing, or the socket closing) unregisters at once; a slow client keeps at most `capacity`
 * values and loses the oldest beyond that (each one told to `onDrop`).
 */
export function eventStream<T>(
  register: (push: (value: T) => void) => () => void,
  { capacity = 100, onDrop = () => undefined }: { readonly capacity?: number; readonly onDrop?: (value: T) => void } = {},
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let done = false;
  const unregister = register((value) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value, done: false });
    } else {
      queue.push(value);
      if (queue.length > capacity) onDrop(queue.shift() as T);
    }
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unregister();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
