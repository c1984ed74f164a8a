import type { Money } from '@bank/kernel';

/** A party to a Pix as a receipt shows it. */
export interface ReceiptParty {
  readonly name: string;
  /** CPF or CNPJ, bare (empty when the central system did not say): shown masked. */
  readonly document: string;
  readonly institution: { readonly ispb: string; readonly name: string };
  /** The customer of this bank, when it is one: they may read the receipt. */
  readonly customerId: string | null;
}

/** The comprovante of one Pix, by end-to-end id: payer and receiver may read it, nobody else. */
export interface PixReceipt {
  readonly endToEndId: string;
  readonly amount: Money;
  readonly occurredAt: Date;
  readonly payer: ReceiptParty;
  readonly receiver: ReceiptParty;
  /** The key paid to, or null when a charge was paid (then `txid`). */
  readonly key: string | null;
  readonly txid: string | null;
  readonly description: string | null;
}

export const isPartyToReceipt = (receipt: PixReceipt, customerId: string): boolean =>
  receipt.payer.customerId === customerId || receipt.receiver.customerId === customerId;
