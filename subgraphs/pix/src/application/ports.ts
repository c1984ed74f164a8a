import type { TaxId, DomainEvent, Page, PageRequest, Money } from '@bank/kernel';
import type { ActiveCharge, Charge, ChargeReference, PixKey, Transfer } from '../domain';

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

/**
 * Charges, saved with the events their transitions recorded in one write (the outbox).
 * A save whose expected version is stale fails with CONFLICT: someone else changed the charge.
 */
export interface ChargeRepository {
  /** CONFLICT when the txid exists. */
  create(charge: ActiveCharge, events: readonly DomainEvent[]): Promise<void>;
  update(charge: Charge, expectedVersion: number, events: readonly DomainEvent[]): Promise<void>;
  get(txid: string): Promise<Charge | null>;
  /** One round trip for many (entity references). */
  getMany(txids: readonly string[]): Promise<ReadonlyMap<string, Charge>>;
  findByEndToEndId(endToEndId: string): Promise<Charge | null>;
  findByReference(reference: ChargeReference): Promise<Charge | null>;
  /** Newest first. */
  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Charge>>;
  /** Active charges past their expiry whose expiry is not recorded yet. */
  dueForExpiry(now: Date, limit: number): Promise<readonly ActiveCharge[]>;
}

export interface TransferRepository {
  /** CONFLICT when the id exists. */
  create(transfer: Transfer, events: readonly DomainEvent[]): Promise<void>;
  update(transfer: Transfer, expectedVersion: number, events: readonly DomainEvent[]): Promise<void>;
  get(id: string): Promise<Transfer | null>;
  findByReference(reference: ChargeReference): Promise<Transfer | null>;
  /** Newest first. */
  listBySender(customerId: string, page: PageRequest): Promise<Page<Transfer>>;
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
  /** The same id for the same reference, whoever asks: requests repeated by a redelivery meet the first. */
  fromReference(reference: ChargeReference): string;
}
