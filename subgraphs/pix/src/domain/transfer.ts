import type { PixInstitution, PixRefusal, PixTransferFailed, PixTransferSettled } from '@bank/contracts';
import { type Transition, badInput, type Money } from '@bank/kernel';
import { parseEndToEndId } from './end-to-end-id';
import { PixError } from './errors';
import type { ChargeReference, PartyData, TransferFailed, TransferRequested, TransferSettled } from './events';
import type { PixKey } from '@bank/pix-codes';

export const TRANSFER_DESCRIPTION_MAX_LENGTH = 140;

/** Who sends: a customer (sendPix), or the bank itself for another subgraph (disbursement, payout). */
export type TransferSender = PartyData;

interface TransferFields {
  readonly id: string;
  readonly sender: TransferSender;
  /** Null when a transfer requested for a customer found no key of theirs: it fails at once. */
  readonly toKey: PixKey | null;
  readonly amount: Money;
  readonly description: string | null;
  /** What another subgraph asked this transfer for; echoed in the settlement events. */
  readonly reference: ChargeReference | null;
  readonly createdAt: Date;
}

export interface PendingTransfer extends TransferFields {
  readonly status: 'PENDING';
}

export interface SettledTransfer extends TransferFields {
  readonly status: 'SETTLED';
  readonly endToEndId: string;
  readonly receiver: PartyData;
  /** Null on transfers settled before issue 14. */
  readonly receiverInstitution: PixInstitution | null;
  readonly settledAt: Date;
}

export interface FailedTransfer extends TransferFields {
  readonly status: 'FAILED';
  readonly failureReason: string;
  /** What a client branches on; null on transfers failed before issue 14. */
  readonly refusal: PixRefusal | null;
  readonly failedAt: Date;
}

/** A Pix sent out: PENDING until the central system (our settlement worker) settles or refuses it. */
export type Transfer = PendingTransfer | SettledTransfer | FailedTransfer;
export type TransferStatus = Transfer['status'];

/** Whether the transfer settled into an account of this customer (they may read what they received). */
export const isCreditedTo = (transfer: Transfer, customerId: string): boolean => transfer.status === 'SETTLED' && transfer.receiver.customerId === customerId;

/** A payer's document as a receiver sees it: a CPF's middle six digits only (***.456.789-**); a company's CNPJ in full. */
export const maskedDocument = (document: string): string => (document.length === 11 ? `***.${document.slice(3, 6)}.${document.slice(6, 9)}-**` : document);

export interface RequestTransferInput {
  readonly id: string;
  readonly sender: TransferSender;
  readonly toKey: PixKey | null;
  readonly amount: Money;
  readonly description?: string | null;
  readonly reference?: ChargeReference | null;
}

const fieldsOf = ({ id, sender, toKey, amount, description, reference, createdAt }: Transfer): TransferFields => ({
  id,
  sender,
  toKey,
  amount,
  description,
  reference,
  createdAt,
});

const eventData = (transfer: Transfer) => ({
  transferId: transfer.id,
  sender: transfer.sender,
  toKey: transfer.toKey?.value ?? null,
  amount: transfer.amount.toString(),
  reference: transfer.reference,
});

function request(input: RequestTransferInput, now: Date): Transition<PendingTransfer, TransferRequested> {
  if (!input.amount.isPositive()) throw badInput('amount must be greater than zero', 'amount');
  const description = input.description?.trim() || null;
  if (description !== null && [...description].length > TRANSFER_DESCRIPTION_MAX_LENGTH) {
    throw badInput(`description must have at most ${TRANSFER_DESCRIPTION_MAX_LENGTH} characters`, 'description');
  }
  const state: PendingTransfer = {
    status: 'PENDING',
    id: input.id,
    sender: input.sender,
    toKey: input.toKey,
    amount: input.amount,
    description,
    reference: input.reference ?? null,
    createdAt: now,
  };
  return { state, events: [{ type: 'pix.transfer.requested', subject: state.id, occurredAt: now, data: { ...eventData(state), description } }] };
}

function settle(
  transfer: Transfer,
  { endToEndId, receiver, receiverInstitution = null }: { endToEndId: string; receiver: PartyData; receiverInstitution?: PixInstitution | null },
  now: Date,
): Transition<SettledTransfer, TransferSettled> {
  if (transfer.status !== 'PENDING') throw new PixError('TRANSFER_ALREADY_FINISHED', `transfer ${transfer.id} is already ${transfer.status}`);
  if (transfer.toKey === null) throw new PixError('TRANSFER_ALREADY_FINISHED', `transfer ${transfer.id} has no destination key`);
  const state: SettledTransfer = {
    ...fieldsOf(transfer),
    status: 'SETTLED',
    endToEndId: parseEndToEndId(endToEndId),
    receiver,
    receiverInstitution,
    settledAt: now,
  };
  return {
    state,
    events: [
      {
        type: 'pix.transfer.settled',
        subject: state.id,
        occurredAt: now,
        data: { ...eventData(state), endToEndId: state.endToEndId, receiver, settledAt: now.toISOString(), receiverInstitution } satisfies PixTransferSettled,
      },
    ],
  };
}

function fail(transfer: Transfer, reason: string, now: Date, refusal: PixRefusal | null = null): Transition<FailedTransfer, TransferFailed> {
  if (transfer.status !== 'PENDING') throw new PixError('TRANSFER_ALREADY_FINISHED', `transfer ${transfer.id} is already ${transfer.status}`);
  const state: FailedTransfer = { ...fieldsOf(transfer), status: 'FAILED', failureReason: reason, refusal, failedAt: now };
  return {
    state,
    events: [{ type: 'pix.transfer.failed', subject: state.id, occurredAt: now, data: { ...eventData(state), reason, refusal } satisfies PixTransferFailed }],
  };
}

/**
 * The receiving account inside the bank refused the credit of a settled transfer (it has no checking
 * account): the transfer is FAILED with that refusal, as the payer's order is. null when it is FAILED already.
 */
function refuseCredit(
  transfer: Transfer,
  { reason, refusal }: { reason: string; refusal: PixRefusal },
  now: Date,
): Transition<FailedTransfer, TransferFailed> | null {
  if (transfer.status === 'FAILED') return null;
  if (transfer.status !== 'SETTLED' || transfer.receiver.customerId === null) {
    throw new PixError('TRANSFER_ALREADY_FINISHED', `transfer ${transfer.id} was not settled inside the bank: its credit cannot be refused`);
  }
  return fail({ ...fieldsOf(transfer), status: 'PENDING' }, reason, now, refusal);
}

export const Transfer = { request, settle, fail, refuseCredit };
