/**
 * Wakes a sendPix or payPixCode waiting for its order's outcome as soon as this replica's consumer
 * records it; a waiter still reads the database every `intervalMs`, for outcomes another replica records.
 */
export class OutcomeSignals {
  private readonly waiting = new Map<string, Set<() => void>>();

  /** Resolves when `notify(id)` is called, or after `ms`. */
  next(id: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiting.get(id) ?? new Set();
      this.waiting.set(id, waiters);
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0) this.waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  }

  notify(id: string): void {
    for (const done of [...(this.waiting.get(id) ?? [])]) done();
  }
}
