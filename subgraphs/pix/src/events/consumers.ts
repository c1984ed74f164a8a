import {
  PIX_EVENTS,
  PIX_PAYMENT_EVENTS,
  PIX_REQUEST_BINDINGS,
  PixChargeRemovalRequested,
  PixChargeRequested,
  PixCreditRefused,
  PixPaymentOrdered,
} from '@bank/contracts';
import { whoeverAsked } from '@bank/messaging';
import { eventConsumer, type EventConsumer } from '@bank/platform';
import { z } from 'zod';
import { createRequestedCharge, removeSupersededCharge } from '../application/charges';
import type { Pix } from '../application/context';
import { handlePaymentOrder, refuseOrderCredit } from '../application/payment-orders';
import { settleTransfer, type SettlementPolicy } from '../application/transfers';

/** Our own `pix.transfer.requested` (`TransferRequested`), as the settlement reads it. */
const transferRequested = z.object({ transferId: z.string() });

/** Pix's inbound events: charges other subgraphs request (and remove), payments ordered from accounts (and credits it refused), and its own transfers to settle. */
export function pixConsumers(pix: Pix, settlement: SettlementPolicy): readonly EventConsumer[] {
  return [
    eventConsumer({
      name: 'charge-requests',
      bindings: [PIX_REQUEST_BINDINGS.charges],
      schema: PixChargeRequested,
      handle: (request) => createRequestedCharge(pix, request),
    }),
    eventConsumer({
      name: 'charge-removal-requests',
      bindings: [PIX_REQUEST_BINDINGS.chargeRemovals],
      schema: PixChargeRemovalRequested,
      // The requester is the routing key's first word, which the broker lets only that service publish.
      handle: ({ txid }, event) => removeSupersededCharge(pix, event.type.split('.')[0] ?? '', txid),
    }),
    eventConsumer({
      name: 'payment-orders',
      bindings: [PIX_PAYMENT_EVENTS.paymentOrdered],
      schema: PixPaymentOrdered,
      handle: (order) => handlePaymentOrder(pix, order),
    }),
    eventConsumer({
      name: 'order-credit-refusals',
      bindings: [PIX_PAYMENT_EVENTS.creditRefused],
      schema: PixCreditRefused,
      handle: (refused) => refuseOrderCredit(pix, refused),
    }),
    eventConsumer({
      name: 'settlement',
      bindings: whoeverAsked(PIX_EVENTS.transferRequested),
      schema: transferRequested,
      handle: ({ transferId }) => settleTransfer(pix, transferId, settlement),
    }),
  ];
}
