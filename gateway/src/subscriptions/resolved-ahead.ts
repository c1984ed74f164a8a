import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** Events of one subscription whose payloads may be resolving at once. */
const DEFAULT_RESOLVED_AHEAD = 64;

/**
 * `subscribe` of graphql-js, except that the payloads of up to `ahead` events resolve at the same time,
 * still delivered in the order the events came. graphql-js resolves one event after the other, so a
 * subscription whose payload asks the supergraph (one round trip each) delivers at most one event per
 * round trip, and a feed that gets more falls behind until its stream drops the oldest.
 */
export async function subscribeResolvingAhead(
  args: ExecutionArgs,
  ahead = DEFAULT_RESOLVED_AHEAD,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const events = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in events)) return events;
  return resolvedInOrder(events[Symbol.asyncIterator](), async (event) => execute({ ...args, rootValue: event }), ahead);
}

/**
 * The values of `source` mapped by `resolve`, in the source's order, with up to `ahead` of them
 * resolving at once. It pulls from the source only while fewer than `ahead` are waiting to be taken,
 * so a consumer that stops taking leaves the source's own buffering in charge.
 */
export function resolvedInOrder<T, R>(source: AsyncIterator<T>, resolve: (value: T) => Promise<R>, ahead: number): AsyncIterableIterator<R> {
  const resolving: Promise<R>[] = [];
  let ended = false;
  let failure: { readonly error: unknown } | undefined;
  let pulling = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const pull = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (!ended && resolving.length < ahead) {
        const next = await source.next();
        if (next.done === true) ended = true;
        else {
          const result = resolve(next.value);
          // Taken (and its rejection seen) in order by `next`; not an unhandled rejection meanwhile.
          result.catch(() => undefined);
          resolving.push(result);
        }
        signal();
      }
    } catch (error) {
      failure = { error };
      ended = true;
      signal();
    } finally {
      pulling = false;
    }
  };
  return {
    async next(): Promise<IteratorResult<R>> {
      for (;;) {
        void pull();
        // Taken off once resolved: it counts against `ahead` while the consumer waits on it.
        const first = resolving[0];
        if (first !== undefined) {
          let value: R;
          try {
            value = await first;
          } finally {
            resolving.shift();
          }
          void pull();
          return { value, done: false };
        }
        if (failure !== undefined) throw failure.error;
        if (ended) return { value: undefined, done: true };
        await new Promise<void>((resolveWake) => (wake = resolveWake));
      }
    },
    async return(): Promise<IteratorResult<R>> {
      ended = true;
      resolving.length = 0;
      signal();
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
