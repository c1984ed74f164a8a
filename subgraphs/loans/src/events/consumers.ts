import { PIX_EVENTS } from '@bank/contracts';
import { isAppError } from '@bank/kernel';
import type { CloudEvent } from '@bank/messaging';
import type { EventConsumer } from '@bank/platform';
import type { Logger } from '@bank/observability';
import { z } from 'zod';
import { chargeCreated, chargePaid } from '../application/charges';
import type { Loans } from '../application/context';
import { analyseRequestedLoan } from '../application/credit-analysis';
import { transferFailed, transferSettled } from '../application/disbursement';
import { StaleLoanError } from '../application/ports';
import type { LoanRequested } from '../domain';

/** Only what the loans subgraph reads of Pix's events (see @bank/contracts); anything else is malformed. */
const reference = z.object({ source: z.string(), id: z.string() }).nullable();
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
const transferSettledData = z.object({ reference, settledAt: instant });
const transferFailedData = z.object({ reference, reason: z.string() });
const chargeCreatedData = z.object({ txid: z.string(), reference });
const chargePaidData = z.object({ txid: z.string(), reference, paidAt: instant });

/**
 * A refusal by the domain (the loan moved on: paid twice, settled meanwhile, an outdated attempt) is
 * not cured by redelivering the event: it is logged and the event acknowledged. A write that stayed
 * stale, or any other failure, is thrown for the broker to retry.
 */
const refusalsLogged =
  (logger: Logger, consumer: string, handle: (event: CloudEvent) => Promise<unknown>) =>
  async (event: CloudEvent): Promise<void> => {
    try {
      const outcome = await handle(event);
      if (outcome === null) logger.debug({ consumer, eventId: event.id, type: event.type }, 'event had nothing to change');
    } catch (error) {
      if (!isAppError(error) || error instanceof StaleLoanError) throw error;
      logger.warn({ consumer, eventId: event.id, type: event.type, code: error.code, reason: error.message }, 'event refused by the loan; acknowledged');
    }
  };

/** The loans subgraph's inbound events: its own requests to analyse, and Pix's outcomes of what it asked for. */
export function loanConsumers(loans: Loans, logger: Logger): readonly EventConsumer[] {
  const consumer = (name: string, bindings: readonly string[], handle: (event: CloudEvent) => Promise<unknown>): EventConsumer => ({
    name,
    bindings,
    handler: refusalsLogged(logger, name, handle),
  });
  return [
    consumer('credit-analysis', ['loans.loan.requested'], (event) =>
      analyseRequestedLoan(loans, (event as CloudEvent<LoanRequested['data']>).data.loanId),
    ),
    consumer('disbursement-outcomes', [PIX_EVENTS.transferSettled, PIX_EVENTS.transferFailed], (event) =>
      event.type === PIX_EVENTS.transferSettled
        ? transferSettled(loans, transferSettledData.parse(event.data))
        : transferFailed(loans, transferFailedData.parse(event.data)),
    ),
    consumer('charge-created', [PIX_EVENTS.chargeCreated], (event) => chargeCreated(loans, chargeCreatedData.parse(event.data))),
    consumer('charge-paid', [PIX_EVENTS.chargePaid], (event) => chargePaid(loans, chargePaidData.parse(event.data))),
  ];
}
