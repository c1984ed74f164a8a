import type {
  Party,
  PixChargeCreated,
  PixChargeExpired,
  PixChargePaid,
  PixChargeRemoved,
  PixRefundCompleted,
  PixTransferFailed,
  PixTransferSettled,
  Reference,
} from '@bank/contracts';
import type { DomainEvent } from '@bank/kernel';

/**
 * Pix's events. What other services read of them is the published contract (@bank/contracts): each
 * event's data is the contract's type, so a change that breaks a consumer does not compile here.
 */

/** What another subgraph attached to a charge (a loan installment, an insurance premium). */
export type ChargeReference = Reference;

/** Who removed a charge: its receiver, or the PSP (this bank). */
export type Remover = PixChargeRemoved['removedBy'];

export type PartyData = Party;

export type ChargeCreated = DomainEvent<'pix.charge.created', PixChargeCreated>;
export type ChargePaid = DomainEvent<'pix.charge.paid', PixChargePaid>;
export type ChargeExpired = DomainEvent<'pix.charge.expired', PixChargeExpired>;
export type ChargeRemoved = DomainEvent<'pix.charge.removed', PixChargeRemoved>;
export type RefundCompleted = DomainEvent<'pix.refund.completed', PixRefundCompleted>;
export type ChargeEvent = ChargeCreated | ChargePaid | ChargeExpired | ChargeRemoved | RefundCompleted;

/** Pix's own request to settle a transfer (its settlement worker consumes it); no other service reads it. */
export interface TransferRequestedData {
  readonly transferId: string;
  readonly sender: PartyData;
  readonly toKey: string | null;
  readonly amount: string;
  readonly description: string | null;
  readonly reference: ChargeReference | null;
}

export type TransferRequested = DomainEvent<'pix.transfer.requested', TransferRequestedData>;
export type TransferSettled = DomainEvent<'pix.transfer.settled', PixTransferSettled>;
export type TransferFailed = DomainEvent<'pix.transfer.failed', PixTransferFailed>;
export type TransferEvent = TransferRequested | TransferSettled | TransferFailed;
