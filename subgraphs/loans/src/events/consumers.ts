import { AccountSettled, AccountSettlementFailed, PIX_EVENTS, PixChargeCreated, PixChargePaid, SETTLEMENT_EVENTS } from '@bank/contracts';
import { addressedTo } from '@bank/messaging';
import { autoDebitOutcomes, eventConsumer, type EventConsumer } from '@bank/platform';
import { z } from 'zod';
import { autoDebitFailed, autoDebitPosted } from '../application/auto-debit';
import { chargeCreated, chargePaid } from '../application/charges';
import type { Loans } from '../application/context';
import { analyseRequestedLoan } from '../application/credit-analysis';
import { transferFailed, transferSettled } from '../application/disbursement';
import { LOANS_SOURCE } from '../domain';

/** Our own `loans.loan.requested` (`LoanRequested`), as the credit analysis reads it. */
const loanRequested = z.object({ loanId: z.string() });

/** The loans subgraph's inbound events: its own requests to analyse, Pix's charges and the accounts subgraph's credits it asked for (only the fields it reads). */
export function loanConsumers(loans: Loans): readonly EventConsumer[] {
  return [
    eventConsumer({
      name: 'credit-analysis',
      bindings: ['loans.loan.requested'],
      schema: loanRequested,
      handle: ({ loanId }) => analyseRequestedLoan(loans, loanId),
    }),
    eventConsumer({
      name: 'disbursement-outcomes',
      bindings: [SETTLEMENT_EVENTS.creditPosted, SETTLEMENT_EVENTS.creditFailed],
      schema: z.union([AccountSettled.pick({ reference: true, settledAt: true }), AccountSettlementFailed.pick({ reference: true, message: true })]),
      handle: (outcome) =>
        'settledAt' in outcome
          ? transferSettled(loans, { ...outcome, settledAt: new Date(outcome.settledAt) })
          : transferFailed(loans, { reference: outcome.reference, reason: outcome.message }),
    }),
    autoDebitOutcomes({ posted: (outcome) => autoDebitPosted(loans, outcome), failed: (outcome) => autoDebitFailed(loans, outcome) }),
    eventConsumer({
      name: 'charge-created',
      bindings: addressedTo(LOANS_SOURCE, PIX_EVENTS.chargeCreated),
      schema: PixChargeCreated.pick({ txid: true, reference: true }),
      handle: (created) => chargeCreated(loans, created),
    }),
    eventConsumer({
      name: 'charge-paid',
      bindings: addressedTo(LOANS_SOURCE, PIX_EVENTS.chargePaid),
      schema: PixChargePaid.pick({ txid: true, reference: true, paidAt: true }),
      handle: (paid) => chargePaid(loans, { ...paid, paidAt: new Date(paid.paidAt) }),
    }),
  ];
}
