import { z } from 'zod';

/**
 * What other subgraphs exchange with Pix. They never read Pix's store: they ask by publishing a
 * request event and learn the outcome from Pix's events, matched by their own `reference`.
 * Each contract is a zod schema (what a consumer validates an event's data by) and the type
 * inferred from it (what a producer's event data `satisfies`), under one name.
 */

/**
 * The party id of the bank itself (owner of the collection key).
 * In a namespace no customer id can take: the gateway refuses tokens whose subject is in it.
 */
export const INSTITUTION_PARTY_ID = 'urn:bank:institution';
export const RESERVED_PARTY_ID_PREFIX = 'urn:bank:';

/** An amount as a decimal string ("150.00"). */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string');
/** An RFC 3339 instant with its offset. */
const instant = z.iso.datetime({ offset: true });

/** Identifies, in the requester's terms, what a charge or transfer is for ("loans", "loan-1/installment-3"). */
export const Reference = z.object({ source: z.string(), id: z.string() });
export type Reference = z.infer<typeof Reference>;

export const Party = z.object({
  name: z.string(),
  /** CPF or CNPJ, bare. */
  document: z.string(),
  /** The bank customer behind the party, when it is one of ours (subscriptions route by it). */
  customerId: z.string().nullable(),
});
export type Party = z.infer<typeof Party>;

/** Published by a requester as `<source>.pix.charge-requested`: charge this customer, payable to the bank. */
export const PixChargeRequested = z.object({
  reference: Reference,
  /**
   * Chosen by the requester (as API Pix lets a client choose a charge's txid): 25 of [A-Za-z0-9],
   * so it can point at the charge (`PixCharge @key(fields: "txid")`) before Pix has created it.
   */
  txid: z.string(),
  payer: z.object({ customerId: z.string(), name: z.string(), document: z.string() }),
  amount: z.string(),
  description: z.string().nullable(),
  expiresInSeconds: z.number().nullable(),
});
export type PixChargeRequested = z.infer<typeof PixChargeRequested>;

/**
 * Published by a requester as `<source>.pix.charge-removal-requested`: a charge it requested no longer
 * applies (its installment paid otherwise, the loan paid off, the policy cancelled). Pix removes it
 * while still open (REMOVED_BY_PSP, `pix.charge.removed`), so that it can no longer be paid.
 */
export const PixChargeRemovalRequested = z.object({ txid: z.string(), reason: z.string() });
export type PixChargeRemovalRequested = z.infer<typeof PixChargeRemovalRequested>;

export const pixRequestTypes = {
  charge: (source: string) => `${source}.pix.charge-requested`,
  chargeRemoval: (source: string) => `${source}.pix.charge-removal-requested`,
} as const;

/** The binding patterns Pix consumes requests with. */
export const PIX_REQUEST_BINDINGS = { charges: '*.pix.charge-requested', chargeRemovals: '*.pix.charge-removal-requested' } as const;

export const PIX_KEY_TYPES = ['CPF', 'CNPJ', 'EMAIL', 'PHONE', 'EVP'] as const;

/** Pix's events. */
export const PixChargeCreated = z.object({
  txid: z.string(),
  receiver: Party.extend({ keyType: z.enum(PIX_KEY_TYPES), key: z.string() }),
  /** Null when the payer chooses the amount. */
  amount: decimal.nullable(),
  description: z.string().nullable(),
  payer: Party.nullable(),
  expiresAt: instant,
  reference: Reference.nullable(),
});
export type PixChargeCreated = z.infer<typeof PixChargeCreated>;

export const PixChargePaid = z.object({
  txid: z.string(),
  endToEndId: z.string(),
  amount: decimal,
  payer: Party,
  receiver: Party,
  paidAt: instant,
  reference: Reference.nullable(),
  /** The payer's institution; absent from events older than issue 14. */
  payerInstitution: z.object({ ispb: z.string(), name: z.string() }).nullable().default(null),
  /** The accounts subgraph's payment order, when a customer of this bank paid it from their account (payPixCode). */
  order: z.object({ id: z.string(), accountId: z.string() }).nullable().default(null),
});
/** What a producer writes (fields added later may be left out: consumers read them as null). */
export type PixChargePaid = z.input<typeof PixChargePaid>;

export const PixChargeExpired = z.object({
  txid: z.string(),
  expiresAt: instant,
  receiver: Party,
  payer: Party.nullable(),
  reference: Reference.nullable(),
});
export type PixChargeExpired = z.infer<typeof PixChargeExpired>;

/** Who removed a charge: its receiver, or the PSP (this bank). */
export const PixChargeRemoved = z.object({ txid: z.string(), removedBy: z.enum(['RECEIVER', 'PSP']), reference: Reference.nullable() });
export type PixChargeRemoved = z.infer<typeof PixChargeRemoved>;

export const PixRefundCompleted = z.object({
  refundId: z.string(),
  txid: z.string(),
  endToEndId: z.string(),
  amount: decimal,
  totalRefunded: decimal,
  reason: z.string(),
  payer: Party,
  receiver: Party,
  reference: Reference.nullable(),
});
export type PixRefundCompleted = z.infer<typeof PixRefundCompleted>;

const transfer = z.object({
  transferId: z.string(),
  sender: Party,
  toKey: z.string().nullable(),
  amount: decimal,
  reference: Reference.nullable(),
});

export const PixTransferSettled = transfer.extend({
  endToEndId: z.string(),
  receiver: Party,
  settledAt: instant,
  /** The receiver's institution; absent from events older than issue 14. */
  receiverInstitution: z.object({ ispb: z.string(), name: z.string() }).nullable().default(null),
});
/** What a producer writes (fields added later may be left out: consumers read them as null). */
export type PixTransferSettled = z.input<typeof PixTransferSettled>;

export const PixTransferFailed = transfer.extend({
  reason: z.string(),
  /** Why, for a client to branch on (see PixRefusal in pix-payments.ts); absent from events older than issue 14. */
  refusal: z
    .object({ code: z.enum(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE']), reason: z.string() })
    .nullable()
    .default(null),
});
/** What a producer writes (fields added later may be left out: consumers read them as null). */
export type PixTransferFailed = z.input<typeof PixTransferFailed>;

export const PIX_EVENTS = {
  chargeCreated: 'pix.charge.created',
  chargePaid: 'pix.charge.paid',
  chargeExpired: 'pix.charge.expired',
  chargeRemoved: 'pix.charge.removed',
  refundCompleted: 'pix.refund.completed',
  transferRequested: 'pix.transfer.requested',
  transferSettled: 'pix.transfer.settled',
  transferFailed: 'pix.transfer.failed',
} as const;
