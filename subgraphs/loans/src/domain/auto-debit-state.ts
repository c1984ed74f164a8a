import type { BusinessDate } from '@bank/kernel';
import type { Money } from '@bank/kernel';

interface Requested {
  /** The installment debited. */
  readonly number: number;
  /** What it owed on `on`, the day the debit was asked for. */
  readonly amount: Money;
  readonly on: BusinessDate;
  readonly requestedAt: Date;
}

/**
 * One automatic debit of an installment from the borrower's checking account: asked for, then paid,
 * failed (the installment stays open: the borrower pays it by Pix), or returned (posted after the
 * installment was paid otherwise: credited back).
 */
export type AutoDebitAttempt =
  | (Requested & { readonly status: 'REQUESTED' })
  | (Requested & { readonly status: 'PAID'; readonly settledAt: Date })
  | (Requested & { readonly status: 'RETURNED'; readonly settledAt: Date })
  | (Requested & { readonly status: 'FAILED'; readonly reason: string; readonly failedAt: Date });

export interface AutoDebit {
  readonly enabled: boolean;
  /** Oldest first; at most one per installment. */
  readonly attempts: readonly AutoDebitAttempt[];
}

export const AUTO_DEBIT_OFF: AutoDebit = { enabled: false, attempts: [] };
