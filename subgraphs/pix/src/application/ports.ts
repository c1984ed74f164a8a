import type { AggregateStore, TaxId, Page, PageRequest, Money, Stored } from '@bank/kernel';
import type { ActiveCharge, Charge, ChargeReference, ChargeRefusal, PixKey, Transfer } from '../domain';

export type { Page, PageRequest } from '@bank/kernel';

/** A key in the bank's directory (DICT): who holds it and in whose name. */
export interface PixKeyRecord {
  readonly key: PixKey;
  readonly ownerId: string;
  readonly holderName: string;
  readonly holderDocument: TaxId;
  readonly createdAt: Date;
}

/** The key directory. Keys are unique across all customers. */
export interface KeyDirectory {
  /** Registers the key; CONFLICT when any customer holds it, UNPROCESSABLE when the owner already holds `limit` keys. */
  add(record: PixKeyRecord, limit: number): Promise<void>;
  /** Whether the owner held the key (and no longer does). */
  remove(ownerId: string, key: string): Promise<boolean>;
  find(key: string): Promise<PixKeyRecord | null>;
  /** Oldest first. */
  ownedBy(ownerId: string): Promise<readonly PixKeyRecord[]>;
}

/** Charges by txid, saved with the events their transitions recorded in one write (the outbox). */
export interface ChargeRepository extends AggregateStore<Charge> {
  findByEndToEndId(endToEndId: string): Promise<Stored<Charge> | null>;
  findByReference(reference: ChargeReference): Promise<Stored<Charge> | null>;
  /** Newest first. */
  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Stored<Charge>>>;
  /** Active charges past their expiry whose expiry is not recorded yet. */
  dueForExpiry(now: Date, limit: number): Promise<readonly Stored<ActiveCharge>[]>;
}

/** Refused charge requests by the txid their requester chose, saved with their event in one write. */
export type ChargeRefusalRepository = AggregateStore<ChargeRefusal>;

/** Transfers by id, saved with their events in one write. */
export interface TransferRepository extends AggregateStore<Transfer> {
  findByReference(reference: ChargeReference): Promise<Stored<Transfer> | null>;
  /** Newest first. */
  listBySender(customerId: string, page: PageRequest): Promise<Page<Stored<Transfer>>>;
}

/** QR code images of a BR Code. */
export interface QrCodeRenderer {
  /** A `data:image/png;base64,...` URL. */
  png(payload: string): Promise<string>;
  svg(payload: string): Promise<string>;
}

/** What Pix counts (Prometheus in production). */
export interface PixMetrics {
  charge(event: 'created' | 'paid' | 'expired' | 'removed', amount?: Money): void;
  /** `seconds`: from the request to the outcome, for settled and failed transfers. */
  transfer(outcome: 'requested' | 'settled' | 'failed', seconds?: number): void;
  decodeFailed(): void;
}

/** Identifiers; random in production, replayable in tests. */
export interface IdGenerator {
  txid(): string;
  endToEndId(at: Date): string;
  uuid(): string;
}
