import type { Stored } from '@bank/kernel';
import type { Codec } from '@bank/platform';
import { z } from 'zod';
import type { Charge, ChargePayment, Refund } from '../../domain';
import {
  amount,
  fromAmount,
  fromInstant,
  fromKey,
  fromParty,
  instant,
  keyDocument,
  partyDocument,
  referenceDocument,
  toInstant,
  toKey,
  toParty,
} from './fields';

const refundDocument = z.object({ id: z.string(), amount, reason: z.string(), refundedAt: instant });

const paymentDocument = z.object({
  endToEndId: z.string(),
  amount,
  payer: partyDocument,
  paidAt: instant,
  refunds: z.array(refundDocument),
  /** The accounts subgraph's payment order it came from; absent on payments from outside the bank. */
  order: z.object({ id: z.string(), accountId: z.string() }).nullable().optional(),
});

const chargeFields = {
  txid: z.string(),
  receiver: partyDocument.extend({ key: keyDocument }),
  amount: amount.nullable(),
  description: z.string().nullable(),
  payer: partyDocument.nullable(),
  reference: referenceDocument.nullable(),
  createdAt: instant,
  expiresAt: instant,
};

/** A charge as plain JSON, for the DynamoDB item and the cache alike. */
export const chargeDocument = z.discriminatedUnion('status', [
  z.object({ ...chargeFields, status: z.literal('ACTIVE'), expiryRecorded: z.boolean() }),
  z.object({ ...chargeFields, status: z.literal('COMPLETED'), payment: paymentDocument }),
  z.object({ ...chargeFields, status: z.enum(['REMOVED_BY_RECEIVER', 'REMOVED_BY_PSP']), removedAt: instant }),
]);

export type ChargeDocument = z.infer<typeof chargeDocument>;
type PaymentDocument = z.infer<typeof paymentDocument>;

const toRefund = (refund: Refund) => ({ ...refund, amount: refund.amount.toString(), refundedAt: toInstant(refund.refundedAt) });

const toPayment = (payment: ChargePayment): PaymentDocument => ({
  endToEndId: payment.endToEndId,
  amount: payment.amount.toString(),
  payer: toParty(payment.payer),
  paidAt: toInstant(payment.paidAt),
  refunds: payment.refunds.map(toRefund),
  order: payment.order,
});

const fromPayment = (payment: PaymentDocument): ChargePayment => ({
  endToEndId: payment.endToEndId,
  amount: fromAmount(payment.amount),
  payer: fromParty(payment.payer),
  paidAt: fromInstant(payment.paidAt),
  refunds: payment.refunds.map((refund) => ({ ...refund, amount: fromAmount(refund.amount), refundedAt: fromInstant(refund.refundedAt) })),
  order: payment.order ?? null,
});

export function chargeToDocument(charge: Charge): ChargeDocument {
  const fields = {
    txid: charge.txid,
    receiver: { ...toParty(charge.receiver), key: toKey(charge.receiver.key) },
    amount: charge.amount?.toString() ?? null,
    description: charge.description,
    payer: charge.payer === null ? null : toParty(charge.payer),
    reference: charge.reference,
    createdAt: toInstant(charge.createdAt),
    expiresAt: toInstant(charge.expiresAt),
  };
  switch (charge.status) {
    case 'ACTIVE':
      return { ...fields, status: charge.status, expiryRecorded: charge.expiryRecorded };
    case 'COMPLETED':
      return { ...fields, status: charge.status, payment: toPayment(charge.payments[0]) };
    case 'REMOVED_BY_RECEIVER':
    case 'REMOVED_BY_PSP':
      return { ...fields, status: charge.status, removedAt: toInstant(charge.removedAt) };
  }
}

/** Validates `input` as a ChargeDocument (throws when it is not one) and returns the charge it holds. */
export function chargeFromDocument(input: unknown): Charge {
  const document = chargeDocument.parse(input);
  const fields = {
    txid: document.txid,
    receiver: { ...fromParty(document.receiver), key: fromKey(document.receiver.key) },
    amount: document.amount === null ? null : fromAmount(document.amount),
    description: document.description,
    payer: document.payer === null ? null : fromParty(document.payer),
    reference: document.reference,
    createdAt: fromInstant(document.createdAt),
    expiresAt: fromInstant(document.expiresAt),
  };
  switch (document.status) {
    case 'ACTIVE':
      return { ...fields, status: document.status, payments: [], expiryRecorded: document.expiryRecorded };
    case 'COMPLETED':
      return { ...fields, status: document.status, payments: [fromPayment(document.payment)] };
    case 'REMOVED_BY_RECEIVER':
    case 'REMOVED_BY_PSP':
      return { ...fields, status: document.status, payments: [], removedAt: fromInstant(document.removedAt) };
  }
}

/** For a cache of charges: JSON text of the ChargeDocument. */
export const chargeCodec: Codec<Stored<Charge>> = {
  encode: (charge) => JSON.stringify({ ...chargeToDocument(charge), version: charge.version }),
  decode: (text) => {
    const json: unknown = JSON.parse(text);
    return { ...chargeFromDocument(json), version: storedVersion.parse(json).version };
  },
};

/** The store's version, cached beside the charge's document. */
const storedVersion = z.object({ version: z.number().int().positive() });
