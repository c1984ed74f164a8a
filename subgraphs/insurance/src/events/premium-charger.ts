import type { Logger } from '@bank/observability';
import type { Insurance } from '../application/context';
import { chargeDueInstallments } from '../application/premium-installments';

/**
 * Requests the Pix charges of the premium installments falling due within `leadDays`, every
 * `intervalMs`. Every replica may run it: the conditional write lets one request each installment.
 */
export function startPremiumCharger(insurance: Insurance, { leadDays, intervalMs, logger }: { leadDays: number; intervalMs: number; logger: Logger }): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => chargeDueInstallments(insurance, leadDays)).catch((error: unknown) => logger.warn({ err: error }, 'premium installment run failed'));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
