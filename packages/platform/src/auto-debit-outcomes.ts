import { AccountSettled, AccountSettlementFailed, SETTLEMENT_EVENTS, type Reference } from '@bank/contracts';
import { z } from 'zod';
import { eventConsumer, type EventConsumer } from './consumer';

export interface AutoDebitOutcomeHandlers {
  /** The accounts subgraph debited the installment the reference names (a reference not the service's: nothing to do). */
  posted(outcome: { readonly reference: Reference; readonly settledAt: Date }): Promise<unknown>;
  /** It refused the debit (INSUFFICIENT_FUNDS...): nothing moved. */
  failed(outcome: { readonly reference: Reference; readonly reason: string }): Promise<unknown>;
}

/** The consumer of the outcomes of the automatic debits a service asked for (`accounts.debit.posted|failed`). */
export const autoDebitOutcomes = ({ posted, failed }: AutoDebitOutcomeHandlers): EventConsumer =>
  eventConsumer({
    name: 'auto-debit-outcomes',
    bindings: [SETTLEMENT_EVENTS.debitPosted, SETTLEMENT_EVENTS.debitFailed],
    schema: z.union([AccountSettled.pick({ reference: true, settledAt: true }), AccountSettlementFailed.pick({ reference: true, reason: true })]),
    handle: (outcome) => ('settledAt' in outcome ? posted({ reference: outcome.reference, settledAt: new Date(outcome.settledAt) }) : failed(outcome)),
  }) as EventConsumer;
