/**
 * Starts a harness before the tests of the enclosing `describe` block (or of the file, at its top level) and stops it
 * after them. The handle stands for the started harness, so tests read `harness.as(...)` with no `let` to assign; it
 * may be used in hooks and tests only, never while jest collects them (the harness has not started yet).
 */
export function useHarness<H extends object & { stop(): Promise<void> }>(start: () => Promise<H>): H {
  let started: H | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.stop());
  return new Proxy({} as H, {
    get: (_, property) => {
      if (started === undefined) throw new Error(`the harness was used (${String(property)}) before it started: use it in hooks and tests only`);
      return Reflect.get(started, property);
    },
  });
}
