import type { Logger } from '@bank/observability';
import { expireDueCharges } from '../application/charges';
import type { Pix } from '../application/context';

/**
 * Records the expiry of charges past their time, every `intervalMs`. Every replica may run it: the
 * conditional write lets one record each expiry, so the event is emitted once.
 */
export function startExpirySweeper(pix: Pix, { intervalMs, logger }: { intervalMs: number; logger: Logger }): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => expireDueCharges(pix)).catch((error: unknown) => logger.warn({ err: error }, 'expiry sweep failed'));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
