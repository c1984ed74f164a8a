import type { PixChargeCreated, PixChargeExpired, PixChargePaid, PixChargeRemoved, PixInstitution, PixOrderRef, PixRefundCompleted } from '@bank/contracts';
import { type TaxId, type Transition, badInput, Money, parseOptionalText, parseText, withinCeiling } from '@bank/kernel';
import { parseTxid, type PixKey } from '@bank/pix-codes';
import { parseEndToEndId } from './end-to-end-id';
import { PixError } from './errors';
import type { ChargeCreated, ChargeExpired, ChargePaid, ChargeReference, ChargeRemoved, PartyData, RefundCompleted, Remover } from './events';

export const DEFAULT_EXPIRES_IN_SECONDS = 86_400;
export const MIN_EXPIRES_IN_SECONDS = 60;
export const MAX_EXPIRES_IN_SECONDS = 31_536_000;

export interface ChargeParty {
  readonly name: string;
  readonly document: TaxId;
  /** The bank customer behind the party, when it is one of ours. */
  readonly customerId: string | null;
}

export interface ChargeReceiver extends ChargeParty {
  readonly key: PixKey;
}

export interface ChargePayment {
  readonly endToEndId: string;
  readonly amount: Money;
  readonly payer: ChargeParty;
  readonly paidAt: Date;
  /** Devoluções of this payment, oldest first; they never add up to more than `amount`. */
  readonly refunds: readonly Refund[];
  /** The payment order of the accounts subgraph it came from, when a customer paid it from their account. */
  readonly order: PixOrderRef | null;
}

export interface Refund {
  readonly id: string;
  readonly amount: Money;
  readonly reason: string;
  readonly refundedAt: Date;
}

export const REFUND_WINDOW_DAYS = 90;

export interface RefundInput {
  readonly id: string;
  readonly endToEndId: string;
  readonly amount: Money;
  readonly reason: string;
}

/** What every charge has, whatever its status. */
export interface ChargeFields {
  readonly txid: string;
  readonly receiver: ChargeReceiver;
  /** Null: the payer chooses the amount. */
  readonly amount: Money | null;
  readonly description: string | null;
  /** Who is expected to pay, when the receiver says. */
  readonly payer: ChargeParty | null;
  readonly reference: ChargeReference | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface ActiveCharge extends ChargeFields {
  readonly status: 'ACTIVE';
  readonly payments: readonly [];
  /** Whether pix.charge.expired has been recorded, so it is recorded once. */
  readonly expiryRecorded: boolean;
}

export interface CompletedCharge extends ChargeFields {
  readonly status: 'COMPLETED';
  /** A charge is paid at most once. */
  readonly payments: readonly [ChargePayment];
}

export interface RemovedCharge extends ChargeFields {
  readonly status: 'REMOVED_BY_RECEIVER' | 'REMOVED_BY_PSP';
  readonly payments: readonly [];
  readonly removedAt: Date;
}

export type Charge = ActiveCharge | CompletedCharge | RemovedCharge;
export type ChargeStatus = Charge['status'];
/** The status a client sees: an active charge past its expiry is EXPIRED. */
export type ChargeStatusView = ChargeStatus | 'EXPIRED';

export interface CreateChargeInput {
  readonly txid: string;
  readonly receiver: ChargeReceiver;
  readonly amount: Money | null;
  readonly description?: string | null;
  readonly payer?: ChargeParty | null;
  /** 60 to 31536000; 86400 when absent. */
  readonly expiresInSeconds?: number | null;
  readonly reference?: ChargeReference | null;
}

export interface PaymentInput {
  readonly endToEndId: string;
  readonly amount: Money;
  readonly payer: ChargeParty;
  /** Where the payer banks, as the central system says; null when it did not. */
  readonly payerInstitution?: PixInstitution | null;
  /** Set when a customer of this bank pays from their account (payPixCode). */
  readonly order?: PixOrderRef | null;
}

const partyData = (party: ChargeParty): PartyData => ({ name: party.name, document: party.document.value, customerId: party.customerId });

const fieldsOf = (charge: Charge): ChargeFields => ({
  txid: charge.txid,
  receiver: charge.receiver,
  amount: charge.amount,
  description: charge.description,
  payer: charge.payer,
  reference: charge.reference,
  createdAt: charge.createdAt,
  expiresAt: charge.expiresAt,
});

const isPastExpiry = (charge: Charge, now: Date): boolean => now.getTime() >= charge.expiresAt.getTime();

function requiredName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badInput(`${field} must not be empty`, field);
  return trimmed;
}

function validExpiry(seconds: number | null | undefined): number {
  const value = seconds ?? DEFAULT_EXPIRES_IN_SECONDS;
  if (!Number.isInteger(value) || value < MIN_EXPIRES_IN_SECONDS || value > MAX_EXPIRES_IN_SECONDS) {
    throw badInput(`expiresInSeconds must be a whole number from ${MIN_EXPIRES_IN_SECONDS} to ${MAX_EXPIRES_IN_SECONDS}; got ${value}`, 'expiresInSeconds');
  }
  return value;
}

function validAmount(amount: Money | null): Money | null {
  if (amount === null) return null;
  if (!amount.isPositive()) throw badInput('amount must be greater than zero, or null for the payer to choose', 'amount');
  return withinCeiling('PIX_CHARGE', amount, 'amount');
}

function validReference(reference: ChargeReference | null | undefined): ChargeReference | null {
  if (reference == null) return null;
  return { source: requiredName(reference.source, 'reference.source'), id: requiredName(reference.id, 'reference.id') };
}

const validParty = (party: ChargeParty, field: string): ChargeParty => ({
  name: parseText(party.name, 'name', `${field}.name`),
  document: party.document,
  customerId: party.customerId,
});

function create(input: CreateChargeInput, now: Date): Transition<ActiveCharge, ChargeCreated> {
  const state: ActiveCharge = {
    status: 'ACTIVE',
    txid: parseTxid(input.txid),
    receiver: { ...validParty(input.receiver, 'receiver'), key: input.receiver.key },
    amount: validAmount(input.amount),
    description: parseOptionalText(input.description, 'description', 'description'),
    payer: input.payer == null ? null : validParty(input.payer, 'payer'),
    reference: validReference(input.reference),
    createdAt: now,
    expiresAt: new Date(now.getTime() + validExpiry(input.expiresInSeconds) * 1000),
    payments: [],
    expiryRecorded: false,
  };
  const event: ChargeCreated = {
    type: 'pix.charge.created',
    subject: state.txid,
    occurredAt: now,
    data: {
      txid: state.txid,
      receiver: { ...partyData(state.receiver), keyType: state.receiver.key.type, key: state.receiver.key.value },
      amount: state.amount?.toString() ?? null,
      description: state.description,
      payer: state.payer === null ? null : partyData(state.payer),
      expiresAt: state.expiresAt.toISOString(),
      reference: state.reference,
    } satisfies PixChargeCreated,
  };
  return { state, events: [event] };
}

function pay(charge: Charge, input: PaymentInput, now: Date): Transition<CompletedCharge, ChargePaid> {
  if (charge.status === 'COMPLETED') throw new PixError('CHARGE_ALREADY_PAID', `charge ${charge.txid} has already been paid`);
  if (charge.status !== 'ACTIVE') throw new PixError('CHARGE_REMOVED', `charge ${charge.txid} was removed and cannot be paid`);
  if (isPastExpiry(charge, now)) {
    throw new PixError('CHARGE_EXPIRED', `charge ${charge.txid} expired at ${charge.expiresAt.toISOString()} and cannot be paid`);
  }
  const endToEndId = parseEndToEndId(input.endToEndId);
  if (charge.amount === null && !input.amount.isPositive()) throw badInput('amount must be greater than zero', 'amount');
  if (charge.amount !== null && !input.amount.equals(charge.amount)) {
    throw new PixError('AMOUNT_MISMATCH', `amount ${input.amount.toString()} does not match the charge amount ${charge.amount.toString()}`);
  }
  const payment: ChargePayment = {
    endToEndId,
    amount: input.amount,
    payer: validParty(input.payer, 'payer'),
    paidAt: now,
    refunds: [],
    order: input.order ?? null,
  };
  const state: CompletedCharge = { ...fieldsOf(charge), status: 'COMPLETED', payments: [payment] };
  const event: ChargePaid = {
    type: 'pix.charge.paid',
    subject: charge.txid,
    occurredAt: now,
    data: {
      txid: charge.txid,
      endToEndId,
      amount: payment.amount.toString(),
      payer: partyData(payment.payer),
      receiver: partyData(charge.receiver),
      paidAt: now.toISOString(),
      reference: charge.reference,
      payerInstitution: input.payerInstitution ?? null,
      order: payment.order,
    } satisfies PixChargePaid,
  };
  return { state, events: [event] };
}

function remove(charge: Charge, by: Remover, now: Date): Transition<RemovedCharge, ChargeRemoved> {
  if (charge.status === 'COMPLETED') throw new PixError('CHARGE_ALREADY_PAID', `charge ${charge.txid} has been paid and cannot be removed`);
  if (charge.status !== 'ACTIVE') throw new PixError('CHARGE_ALREADY_REMOVED', `charge ${charge.txid} has already been removed`);
  const state: RemovedCharge = {
    ...fieldsOf(charge),
    status: by === 'RECEIVER' ? 'REMOVED_BY_RECEIVER' : 'REMOVED_BY_PSP',
    payments: [],
    removedAt: now,
  };
  const event: ChargeRemoved = {
    type: 'pix.charge.removed',
    subject: charge.txid,
    occurredAt: now,
    data: { txid: charge.txid, removedBy: by, reference: charge.reference } satisfies PixChargeRemoved,
  };
  return { state, events: [event] };
}

/**
 * Records that an active charge has expired, once: later calls, and calls on a paid or removed
 * charge, change nothing. Refused before the expiry time.
 */
function expire(charge: Charge, now: Date): Transition<Charge, ChargeExpired> {
  if (charge.status !== 'ACTIVE' || charge.expiryRecorded) return { state: charge, events: [] };
  if (!isPastExpiry(charge, now)) {
    throw new PixError('CHARGE_NOT_EXPIRED', `charge ${charge.txid} expires at ${charge.expiresAt.toISOString()}, not before`);
  }
  const state: ActiveCharge = { ...charge, expiryRecorded: true };
  const event: ChargeExpired = {
    type: 'pix.charge.expired',
    subject: charge.txid,
    occurredAt: now,
    data: {
      txid: charge.txid,
      expiresAt: charge.expiresAt.toISOString(),
      receiver: partyData(charge.receiver),
      payer: charge.payer === null ? null : partyData(charge.payer),
      reference: charge.reference,
    } satisfies PixChargeExpired,
  };
  return { state, events: [event] };
}

/**
 * Returns part or all of a received payment to its payer (devolução): within 90 days of the
 * payment, never more in total than was paid.
 */
function refund(charge: Charge, input: RefundInput, now: Date): Transition<CompletedCharge, RefundCompleted> {
  const [payment] = charge.payments;
  if (charge.status !== 'COMPLETED' || payment === undefined || payment.endToEndId !== input.endToEndId) {
    throw new PixError('PAYMENT_NOT_FOUND', `no payment ${input.endToEndId} on charge ${charge.txid}`);
  }
  if (!input.amount.isPositive()) throw badInput('amount must be greater than zero', 'amount');
  const reason = parseText(input.reason, 'description', 'reason');
  const deadline = payment.paidAt.getTime() + REFUND_WINDOW_DAYS * 86_400_000;
  if (now.getTime() > deadline) {
    throw new PixError('REFUND_WINDOW_CLOSED', `payment ${payment.endToEndId} was made more than ${REFUND_WINDOW_DAYS} days ago`);
  }
  const refunded = Money.sum(payment.refunds.map((r) => r.amount)).add(input.amount);
  if (refunded.greaterThan(payment.amount)) {
    const left = payment.amount.subtract(Money.sum(payment.refunds.map((r) => r.amount)));
    throw new PixError(
      'REFUND_EXCEEDS_PAYMENT',
      `refunds would exceed the ${payment.amount.toString()} paid; at most ${left.toString()} can still be refunded`,
    );
  }
  const entry: Refund = { id: input.id, amount: input.amount, reason, refundedAt: now };
  const state: CompletedCharge = {
    ...fieldsOf(charge),
    status: 'COMPLETED',
    payments: [{ ...payment, refunds: [...payment.refunds, entry] }],
  };
  const event: RefundCompleted = {
    type: 'pix.refund.completed',
    subject: charge.txid,
    occurredAt: now,
    data: {
      refundId: entry.id,
      txid: charge.txid,
      endToEndId: payment.endToEndId,
      amount: entry.amount.toString(),
      totalRefunded: refunded.toString(),
      reason,
      payer: partyData(payment.payer),
      receiver: partyData(charge.receiver),
      reference: charge.reference,
    } satisfies PixRefundCompleted,
  };
  return { state, events: [event] };
}

const statusAt = (charge: Charge, now: Date): ChargeStatusView => (charge.status === 'ACTIVE' && isPastExpiry(charge, now) ? 'EXPIRED' : charge.status);

/** The charge (API Pix `cob`) and its transitions: pure functions returning the new state and the events recorded. */
export const Charge = { create, pay, remove, expire, refund, statusAt };
