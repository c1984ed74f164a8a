import { AUTO_DEBIT_OFF, type Stored } from '@bank/kernel';
import type { Codec } from '@bank/platform';
import { z } from 'zod';
import type { PolicyRecord } from '../../application/ports';
import type { CalendarDate, Policy, PolicyTerm, PremiumAutoDebit } from '../../domain';
import {
  amount,
  coverageDocument,
  driverDocument,
  fromAmount,
  fromCoverage,
  fromDriver,
  fromInstallments,
  fromInstant,
  fromTransfer,
  fromVehicle,
  installmentDocument,
  instant,
  toCoverage,
  toDriver,
  toInstallments,
  toInstant,
  toTransfer,
  transferDocument,
  toVehicle,
  vehicleDocument,
} from './fields';

const termDocument = z.object({ startsAt: instant, endsAt: instant });

const requested = { number: z.number().int(), amount, on: z.string(), requestedAt: instant };
const autoDebitDocument = z.object({
  enabled: z.boolean(),
  attempts: z.array(
    z.discriminatedUnion('status', [
      z.object({ ...requested, status: z.literal('REQUESTED') }),
      z.object({ ...requested, status: z.enum(['PAID', 'RETURNED']), settledAt: instant }),
      z.object({ ...requested, status: z.literal('FAILED'), reason: z.string(), failedAt: instant }),
    ]),
  ),
});
type AutoDebitDocument = z.infer<typeof autoDebitDocument>;

const autoDebitToDocument = ({ enabled, attempts }: PremiumAutoDebit): AutoDebitDocument => ({
  enabled,
  attempts: attempts.map((attempt) => {
    const base = { number: attempt.number, amount: attempt.amount.toString(), on: attempt.on, requestedAt: toInstant(attempt.requestedAt) };
    if (attempt.status === 'REQUESTED') return { ...base, status: attempt.status };
    if (attempt.status === 'FAILED') return { ...base, status: attempt.status, reason: attempt.reason, failedAt: toInstant(attempt.failedAt) };
    return { ...base, status: attempt.status, settledAt: toInstant(attempt.settledAt) };
  }),
});

const autoDebitFromDocument = ({ enabled, attempts }: AutoDebitDocument): PremiumAutoDebit => ({
  enabled,
  attempts: attempts.map((attempt) => {
    const base = { number: attempt.number, amount: fromAmount(attempt.amount), on: attempt.on as CalendarDate, requestedAt: fromInstant(attempt.requestedAt) };
    if (attempt.status === 'REQUESTED') return { ...base, status: attempt.status };
    if (attempt.status === 'FAILED') return { ...base, status: attempt.status, reason: attempt.reason, failedAt: fromInstant(attempt.failedAt) };
    return { ...base, status: attempt.status, settledAt: fromInstant(attempt.settledAt) };
  }),
});

const termsFields = {
  id: z.string(),
  quoteId: z.string(),
  insured: driverDocument,
  vehicle: vehicleDocument,
  coverages: z.array(coverageDocument),
  netPremium: amount,
  iof: amount,
  totalPremium: amount,
  installments: installmentDocument,
  issuedAt: instant,
};

const activeFields = { activatedAt: instant, term: termDocument, premiumPaid: amount };

const policyDocument = z.discriminatedUnion('status', [
  z.object({ ...termsFields, status: z.literal('PENDING_PAYMENT') }),
  z.object({ ...termsFields, ...activeFields, status: z.literal('ACTIVE') }),
  z.object({
    ...termsFields,
    ...activeFields,
    status: z.literal('CANCELLED'),
    cancelledAt: instant,
    reason: z.string(),
    refund: amount,
    refundTransfer: transferDocument,
  }),
  z.object({ ...termsFields, status: z.literal('CANCELLED_UNPAID'), cancelledAt: instant, reason: z.string() }),
]);

/** A policy with its holder and Pix requests, as plain JSON: for the DynamoDB item and the cache alike (the cache adds the store's version). */
export const policyRecordDocument = z.object({
  policy: policyDocument,
  holder: z.object({ customerId: z.string(), name: z.string(), document: z.string() }),
  premiumCharges: z.array(
    z.object({ txid: z.string(), installment: z.number().int(), amount, requestedAt: instant, createdAt: instant.optional(), paidAt: instant.optional() }),
  ),
  returnedPayments: z.array(z.object({ txid: z.string(), amount, returnedAt: instant, transfer: transferDocument })),
  /** Absent on policies stored before automatic debits: off. */
  autoDebit: autoDebitDocument.optional(),
});

export type PolicyRecordDocument = z.infer<typeof policyRecordDocument>;
type PolicyDocument = z.infer<typeof policyDocument>;
type TermDocument = z.infer<typeof termDocument>;

const toTerm = ({ startsAt, endsAt }: PolicyTerm): TermDocument => ({ startsAt: toInstant(startsAt), endsAt: toInstant(endsAt) });
const fromTerm = ({ startsAt, endsAt }: TermDocument): PolicyTerm => ({ startsAt: fromInstant(startsAt), endsAt: fromInstant(endsAt) });

function policyToDocument(policy: Policy): PolicyDocument {
  const terms = {
    id: policy.id,
    quoteId: policy.quoteId,
    insured: toDriver(policy.insured),
    vehicle: toVehicle(policy.vehicle),
    coverages: policy.coverages.map(toCoverage),
    netPremium: policy.netPremium.toString(),
    iof: policy.iof.toString(),
    totalPremium: policy.totalPremium.toString(),
    installments: toInstallments(policy.installments),
    issuedAt: toInstant(policy.issuedAt),
  };
  switch (policy.status) {
    case 'PENDING_PAYMENT':
      return { ...terms, status: policy.status };
    case 'ACTIVE':
      return {
        ...terms,
        status: policy.status,
        activatedAt: toInstant(policy.activatedAt),
        term: toTerm(policy.term),
        premiumPaid: policy.premiumPaid.toString(),
      };
    case 'CANCELLED':
      return {
        ...terms,
        status: policy.status,
        activatedAt: toInstant(policy.activatedAt),
        term: toTerm(policy.term),
        premiumPaid: policy.premiumPaid.toString(),
        cancelledAt: toInstant(policy.cancelledAt),
        reason: policy.reason,
        refund: policy.refund.toString(),
        refundTransfer: toTransfer(policy.refundTransfer),
      };
    case 'CANCELLED_UNPAID':
      return { ...terms, status: policy.status, cancelledAt: toInstant(policy.cancelledAt), reason: policy.reason };
  }
}

function policyFromDocument(document: PolicyDocument): Policy {
  const terms = {
    id: document.id,
    quoteId: document.quoteId,
    insured: fromDriver(document.insured),
    vehicle: fromVehicle(document.vehicle),
    coverages: document.coverages.map(fromCoverage),
    netPremium: fromAmount(document.netPremium),
    iof: fromAmount(document.iof),
    totalPremium: fromAmount(document.totalPremium),
    installments: fromInstallments(document.installments),
    issuedAt: fromInstant(document.issuedAt),
  };
  switch (document.status) {
    case 'PENDING_PAYMENT':
      return { ...terms, status: document.status };
    case 'ACTIVE':
      return {
        ...terms,
        status: document.status,
        activatedAt: fromInstant(document.activatedAt),
        term: fromTerm(document.term),
        premiumPaid: fromAmount(document.premiumPaid),
      };
    case 'CANCELLED':
      return {
        ...terms,
        status: document.status,
        activatedAt: fromInstant(document.activatedAt),
        term: fromTerm(document.term),
        premiumPaid: fromAmount(document.premiumPaid),
        cancelledAt: fromInstant(document.cancelledAt),
        reason: document.reason,
        refund: fromAmount(document.refund),
        refundTransfer: fromTransfer(document.refundTransfer),
      };
    case 'CANCELLED_UNPAID':
      return { ...terms, status: document.status, cancelledAt: fromInstant(document.cancelledAt), reason: document.reason };
  }
}

export const policyToRecordDocument = (record: PolicyRecord): PolicyRecordDocument => ({
  policy: policyToDocument(record.policy),
  holder: record.holder,
  premiumCharges: record.premiumCharges.map(({ createdAt, paidAt, ...charge }) => ({
    ...charge,
    amount: charge.amount.toString(),
    requestedAt: toInstant(charge.requestedAt),
    ...(createdAt === undefined ? {} : { createdAt: toInstant(createdAt) }),
    ...(paidAt === undefined ? {} : { paidAt: toInstant(paidAt) }),
  })),
  returnedPayments: record.returnedPayments.map((payment) => ({
    ...payment,
    amount: payment.amount.toString(),
    returnedAt: toInstant(payment.returnedAt),
    transfer: toTransfer(payment.transfer),
  })),
  autoDebit: autoDebitToDocument(record.autoDebit),
});

export function policyFromRecordDocument(input: unknown): PolicyRecord {
  const document = policyRecordDocument.parse(input);
  return {
    policy: policyFromDocument(document.policy),
    holder: document.holder,
    premiumCharges: document.premiumCharges.map(({ createdAt, paidAt, ...charge }) => ({
      ...charge,
      amount: fromAmount(charge.amount),
      requestedAt: fromInstant(charge.requestedAt),
      ...(createdAt === undefined ? {} : { createdAt: fromInstant(createdAt) }),
      ...(paidAt === undefined ? {} : { paidAt: fromInstant(paidAt) }),
    })),
    returnedPayments: document.returnedPayments.map((payment) => ({
      ...payment,
      amount: fromAmount(payment.amount),
      returnedAt: fromInstant(payment.returnedAt),
      transfer: fromTransfer(payment.transfer),
    })),
    autoDebit: document.autoDebit === undefined ? AUTO_DEBIT_OFF : autoDebitFromDocument(document.autoDebit),
  };
}

/** The store's version, cached beside the policy's document. */
const storedVersion = z.object({ version: z.number().int().positive() });

/** Policies as JSON text, for a ReadThroughCache<Stored<PolicyRecord>>. */
export const policyCodec: Codec<Stored<PolicyRecord>> = {
  encode: (record) => JSON.stringify({ ...policyToRecordDocument(record), version: record.version }),
  decode: (text) => {
    const json: unknown = JSON.parse(text);
    return { ...policyFromRecordDocument(json), version: storedVersion.parse(json).version };
  },
};
