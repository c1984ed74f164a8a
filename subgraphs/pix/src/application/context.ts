import type { Clock } from '@bank/kernel';
import type { IdempotencyStore } from '@bank/messaging';
import type { ConfirmationPolicy } from '../domain';
import type { ChargeRepository, IdGenerator, KeyCodeSender, KeyConfirmations, KeyDirectory, PixMetrics, QrCodeRenderer, TransferRepository } from './ports';

/** The bank as a Pix participant: who receives what other subgraphs charge customers for. */
export interface Institution {
  readonly name: string;
  /** CNPJ, bare. */
  readonly document: string;
  /** The bank's ISPB, in end-to-end ids and on receipts. */
  readonly ispb: string;
  /** The key charges requested by other subgraphs are paid to. */
  readonly collectionKey: string;
  /** Stands for the bank wherever a customer id is expected (it owns the collection key). */
  readonly customerId: string;
}

export interface PixSettings {
  /** Field 60 of every BR Code we issue. */
  readonly merchantCity: string;
  /** Whether simulatePixPayment works (development; off in production unless enabled). */
  readonly sandboxEnabled: boolean;
  /** How long a phone or e-mail key's code lasts, and how many wrong codes void it. */
  readonly keyConfirmation: ConfirmationPolicy;
  readonly institution: Institution;
}

/** Everything the use cases need, wired once in main.ts. */
export interface Pix {
  readonly keys: KeyDirectory;
  readonly keyConfirmations: KeyConfirmations;
  readonly keyCodes: KeyCodeSender;
  readonly charges: ChargeRepository;
  readonly transfers: TransferRepository;
  readonly qrCodes: QrCodeRenderer;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly idempotency: IdempotencyStore;
  readonly metrics: PixMetrics;
  readonly settings: PixSettings;
}
