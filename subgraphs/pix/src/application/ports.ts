import type { AggregateStore, TaxId, Page, PageRequest, Money, Stored } from '@bank/kernel';
import type { ActiveCharge, Charge, ChargeReference, KeyConfirmation, PixKey, PixKeyStatus, Transfer } from '../domain';

export type { Page, PageRequest } from '@bank/kernel';

/** A key in the bank's directory (DICT): who holds it and in whose name. */
export interface PixKeyRecord {
  readonly id: string;
  readonly key: PixKey;
  /** PENDING_CONFIRMATION (phone, e-mail) until its code is confirmed: held and counted, but not resolvable or usable. */
  readonly status: PixKeyStatus;
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
  /** Makes the owner's pending key ACTIVE; null when the owner holds no key of that id and value. */
  activate(ownerId: string, keyId: string, key: string): Promise<PixKeyRecord | null>;
}

/** The codes sent to pending keys, by key id. */
export interface KeyConfirmations {
  /** Stores the key's code if `replacing` is still its current one (null: it has none yet); false otherwise. */
  save(confirmation: KeyConfirmation, replacing: KeyConfirmation | null): Promise<boolean>;
  get(keyId: string): Promise<KeyConfirmation | null>;
  /** Counts a wrong code; false when another attempt was counted since `seen` was read (the caller reads again). */
  countWrongAttempt(seen: KeyConfirmation): Promise<boolean>;
  remove(keyId: string): Promise<void>;
}

/** Sends a pending key's code to its phone or e-mail address. */
export interface KeyCodeSender {
  send(record: PixKeyRecord, code: string): Promise<void>;
  /** Sandbox: the last code sent for the key, as its holder would read it; null when none (or outside the sandbox). */
  lastSent(keyId: string): Promise<string | null>;
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
  /** The code that proves possession of a phone or e-mail key. */
  confirmationCode(): string;
}
