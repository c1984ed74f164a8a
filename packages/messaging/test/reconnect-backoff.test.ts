import amqp from 'amqp-connection-manager';
import { applyReconnectBackoff, reconnectDelayMs } from '../src/reconnect-backoff';

describe('reconnect backoff', () => {
  const backoff = { initialDelayMs: 500, maxDelayMs: 30_000 };

  it('doubles the delay with each failed attempt up to the cap', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 6, 7, 20].map((failed) => reconnectDelayMs(failed, backoff, noJitter))).toEqual([500, 1_000, 2_000, 4_000, 30_000, 30_000, 30_000]);
  });

  it('takes at most a fifth off, so the cap is never exceeded', () => {
    expect(reconnectDelayMs(0, backoff, () => 0.999_999)).toBeGreaterThan(400);
    expect(reconnectDelayMs(10, backoff, () => 0)).toBe(30_000);
  });

  it('makes amqp-connection-manager wait longer after each refused connection', async () => {
    // Nothing listens on port 1: every attempt is refused at once.
    const manager = amqp.connect(['amqp://127.0.0.1:1'], { heartbeatIntervalInSeconds: 5 });
    applyReconnectBackoff(manager, { initialDelayMs: 10, maxDelayMs: 80 });
    const delaysMs: number[] = [];
    try {
      await new Promise<void>((resolve) => {
        manager.on('connectFailed', () => {
          delaysMs.push(manager.reconnectTimeInSeconds * 1000);
          if (delaysMs.length === 5) resolve();
        });
        manager.connect().catch(() => undefined);
      });
    } finally {
      await manager.close();
    }

    const expected = [20, 40, 80, 80, 80];
    delaysMs.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(expected[i] as number);
      expect(delay).toBeGreaterThan(0.8 * (expected[i] as number) - 1e-9);
    });
  });
});
