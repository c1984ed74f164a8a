import { PIX_EVENTS, PIX_REQUEST_BINDINGS, type PixChargeRequested, type PixTransferRequested } from '@bank/contracts';
import type { CloudEvent } from '@bank/messaging';
import type { EventConsumer } from '@bank/platform';
import { createRequestedCharge } from '../application/charges';
import type { Pix } from '../application/context';
import { createRequestedTransfer, settleTransfer, type SettlementPolicy } from '../application/transfers';
import type { TransferRequested } from '../domain';

/** Pix's inbound events: requests from other subgraphs, and its own transfers to settle. */
export function pixConsumers(pix: Pix, settlement: SettlementPolicy): readonly EventConsumer[] {
  return [
    {
      name: 'charge-requests',
      bindings: [PIX_REQUEST_BINDINGS.charges],
      handler: async (event) => {
        await createRequestedCharge(pix, (event as CloudEvent<PixChargeRequested>).data);
      },
    },
    {
      name: 'transfer-requests',
      bindings: [PIX_REQUEST_BINDINGS.transfers],
      handler: async (event) => {
        await createRequestedTransfer(pix, (event as CloudEvent<PixTransferRequested>).data);
      },
    },
    {
      name: 'settlement',
      bindings: [PIX_EVENTS.transferRequested],
      handler: async (event) => {
        await settleTransfer(pix, (event as CloudEvent<TransferRequested['data']>).data.transferId, settlement);
      },
    },
  ];
}
