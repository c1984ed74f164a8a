import type { DomainEvent } from '@bank/kernel';
import type { PixKeyType } from './pix-key';

/** What another subgraph attached to a charge (a loan installment, an insurance premium). */
export interface ChargeReference {
  readonly source: string;
  readonly id: string;
}

/** Who removed a charge: its receiver, or the PSP (this bank). */
export type Remover = 'RECEIVER' | 'PSP';

export interface PartyData {
  readonly name: string;
  /** CPF or CNPJ, bare. */
  readonly document: string;
  /** The bank customer behind the party, when it is one of ours (subscriptions route by it). */
  readonly customerId: string | null;
}

export type ChargeCreated = DomainEvent<
  'pix.charge.created',
  {
    readonly txid: string;
    readonly receiver: PartyData & { readonly keyType: PixKeyType; readonly key: string };
    /** Decimal string; null when the payer chooses the amount. */
    readonly amount: string | null;
    readonly description: string | null;
    readonly payer: PartyData | null;
    readonly expiresAt: string;
    readonly reference: ChargeReference | null;
  }
>;

export type ChargePaid = DomainEvent<
  'pix.charge.paid',
  {
    readonly txid: string;
    readonly endToEndId: string;
    readonly amount: string;
    readonly payer: PartyData;
    readonly receiver: PartyData;
    readonly paidAt: string;
    readonly reference: ChargeReference | null;
  }
>;

export type ChargeExpired = DomainEvent<
  'pix.charge.expired',
  {
    readonly txid: string;
    readonly expiresAt: string;
    readonly receiver: PartyData;
    readonly payer: PartyData | null;
    readonly reference: ChargeReference | null;
  }
>;

export type ChargeRemoved = DomainEvent<
  'pix.charge.removed',
  { readonly txid: string; readonly removedBy: Remover; readonly reference: ChargeReference | null }
>;

export type RefundCompleted = DomainEvent<
  'pix.refund.completed',
  {
    readonly refundId: string;
    readonly txid: string;
    readonly endToEndId: string;
    readonly amount: string;
    readonly totalRefunded: string;
    readonly reason: string;
    readonly payer: PartyData;
    readonly receiver: PartyData;
    readonly reference: ChargeReference | null;
  }
>;

export type ChargeEvent = ChargeCreated | ChargePaid | ChargeExpired | ChargeRemoved | RefundCompleted;

interface TransferData {
  readonly transferId: string;
  readonly sender: PartyData;
  readonly toKey: string | null;
  readonly amount: string;
  /** The requester's reference (loan disbursement, claim payout), echoed back. */
  readonly reference: ChargeReference | null;
}

export type TransferRequested = DomainEvent<'pix.transfer.requested', TransferData & { readonly description: string | null }>;
export type TransferSettled = DomainEvent<
  'pix.transfer.settled',
  TransferData & { readonly endToEndId: string; readonly receiver: PartyData; readonly settledAt: string }
>;
export type TransferFailed = DomainEvent<'pix.transfer.failed', TransferData & { readonly reason: string }>;
export type TransferEvent = TransferRequested | TransferSettled | TransferFailed;
