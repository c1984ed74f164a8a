/**
 * What other subgraphs exchange with Pix. They never read Pix's store: they ask by publishing a
 * request event and learn the outcome from Pix's events, matched by their own `reference`.
 */

/**
 * The party id of the bank itself (owner of the collection key, sender of disbursements and payouts).
 * In a namespace no customer id can take: the gateway refuses tokens whose subject is in it.
 */
export const INSTITUTION_PARTY_ID = 'urn:bank:institution';
export const RESERVED_PARTY_ID_PREFIX = 'urn:bank:';

/** Identifies, in the requester's terms, what a charge or transfer is for ("loans", "loan-1/installment-3"). */
export interface Reference {
  readonly source: string;
  readonly id: string;
}

export interface Party {
  readonly name: string;
  /** CPF or CNPJ, bare. */
  readonly document: string;
  readonly customerId: string | null;
}

/** Published by a requester as `<source>.pix.charge-requested`: charge this customer, payable to the bank. */
export interface PixChargeRequested {
  readonly reference: Reference;
  /**
   * Chosen by the requester (as API Pix lets a client choose a charge's txid): 25 of [A-Za-z0-9],
   * so it can point at the charge (`PixCharge @key(fields: "txid")`) before Pix has created it.
   */
  readonly txid: string;
  readonly payer: { readonly customerId: string; readonly name: string; readonly document: string };
  /** Decimal string. */
  readonly amount: string;
  readonly description: string | null;
  readonly expiresInSeconds: number | null;
}

/** Published by a requester as `<source>.pix.transfer-requested`: send this amount to the customer's Pix key. */
export interface PixTransferRequested {
  readonly reference: Reference;
  readonly customerId: string;
  readonly amount: string;
  readonly description: string | null;
}

export const pixRequestTypes = {
  charge: (source: string) => `${source}.pix.charge-requested`,
  transfer: (source: string) => `${source}.pix.transfer-requested`,
} as const;

/** The binding patterns Pix consumes requests with. */
export const PIX_REQUEST_BINDINGS = { charges: '*.pix.charge-requested', transfers: '*.pix.transfer-requested' } as const;

/** Pix's events, as the requesters read them. */
export interface PixChargeCreated {
  readonly txid: string;
  readonly amount: string | null;
  readonly expiresAt: string;
  readonly payer: Party | null;
  readonly reference: Reference | null;
}

export interface PixChargePaid {
  readonly txid: string;
  readonly endToEndId: string;
  readonly amount: string;
  readonly payer: Party;
  readonly receiver: Party;
  readonly paidAt: string;
  readonly reference: Reference | null;
}

export interface PixChargeExpired {
  readonly txid: string;
  readonly expiresAt: string;
  readonly receiver: Party;
  readonly payer: Party | null;
  readonly reference: Reference | null;
}

export interface PixTransferSettled {
  readonly transferId: string;
  readonly amount: string;
  readonly endToEndId: string;
  readonly settledAt: string;
  readonly receiver: Party;
  readonly reference: Reference | null;
}

export interface PixTransferFailed {
  readonly transferId: string;
  readonly amount: string;
  readonly reason: string;
  readonly reference: Reference | null;
}

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
