import type { AmqpConnectionManager } from 'amqp-connection-manager';

export interface ReconnectBackoff {
  /** Wait before the first reconnect attempt after losing the connection. */
  readonly initialDelayMs: number;
  /** The delay doubles with each failed attempt up to this cap. */
  readonly maxDelayMs: number;
}

export const defaultReconnectBackoff: ReconnectBackoff = { initialDelayMs: 500, maxDelayMs: 30_000 };

/** Up to 20% less than the exponential delay, so replicas that lost the broker together do not retry in step. */
export const reconnectDelayMs = (failedAttempts: number, { initialDelayMs, maxDelayMs }: ReconnectBackoff, random: () => number = Math.random): number =>
  Math.min(maxDelayMs, initialDelayMs * 2 ** failedAttempts) * (1 - 0.2 * random());

/**
 * amqp-connection-manager only knows a fixed `reconnectTimeInSeconds`, but reads it again before every wait,
 * and emits `connectFailed` / `connect` just before scheduling: adjusting it there makes the delay grow.
 */
export function applyReconnectBackoff(manager: AmqpConnectionManager, backoff: ReconnectBackoff): void {
  let failedAttempts = 0;
  const schedule = () => {
    manager.reconnectTimeInSeconds = reconnectDelayMs(failedAttempts, backoff) / 1000;
  };
  manager.on('connect', () => {
    failedAttempts = 0;
    schedule();
  });
  manager.on('connectFailed', () => {
    failedAttempts += 1;
    schedule();
  });
  schedule();
}
