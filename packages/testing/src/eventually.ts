/**
 * Polls `probe` until it stops throwing, for outcomes that arrive asynchronously (a consumer
 * applying an event, a relay publishing). Fails with the probe's last error after `timeoutMs`.
 */
export async function eventually<T>(probe: () => T | Promise<T>, { timeoutMs = 10_000, intervalMs = 50 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
