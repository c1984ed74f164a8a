import { PIX_EVENTS, PIX_ORDER_SOURCE, PixChargePaid, PixTransferFailed, PixTransferSettled } from '@bank/contracts';
import { addressedTo, whoeverAsked } from '@bank/messaging';
import { eventConsumer, type EventConsumer } from '@bank/platform';
import type { Accounts } from '../application/context';
import { creditPaidCharge, failOrder, settleOrder } from '../application/pix';

/** Pix's answers the ledger acts on: every paid charge credited, every order's hold posted, moved or voided. */
export function pixConsumers(accounts: Accounts): readonly EventConsumer[] {
  return [
    eventConsumer({
      name: 'pix-charges-paid',
      bindings: whoeverAsked(PIX_EVENTS.chargePaid),
      schema: PixChargePaid,
      handle: (paid) => creditPaidCharge(accounts, paid),
    }),
    eventConsumer({
      name: 'pix-orders-settled',
      bindings: addressedTo(PIX_ORDER_SOURCE, PIX_EVENTS.transferSettled),
      schema: PixTransferSettled,
      handle: (settled) => settleOrder(accounts, settled),
    }),
    eventConsumer({
      name: 'pix-orders-failed',
      bindings: addressedTo(PIX_ORDER_SOURCE, PIX_EVENTS.transferFailed),
      schema: PixTransferFailed,
      handle: (failed) => failOrder(accounts, failed),
    }),
  ];
}
