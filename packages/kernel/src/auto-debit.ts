import type { Money } from './money';

/**
 * Automatic debits of installments from a customer's checking account (loans, insurance premiums):
 * turned on per contract, one attempt per installment, asked of the accounts subgraph by a
 * `<source>.accounts.debit-requested` whose reference names the installment.
 */

interface Requested<Day> {
  /** The installment debited. */
  readonly number: number;
  /** What it owed on `on`, the day the debit was asked for. */
  readonly amount: Money;
  readonly on: Day;
  readonly requestedAt: Date;
}

/**
 * One attempt: asked for, then paid, failed (the installment stays open: the customer pays it by
 * Pix), or returned (posted after the installment was paid otherwise: credited back).
 */
export type AutoDebitAttempt<Day> =
  | (Requested<Day> & { readonly status: 'REQUESTED' })
  | (Requested<Day> & { readonly status: 'PAID'; readonly settledAt: Date })
  | (Requested<Day> & { readonly status: 'RETURNED'; readonly settledAt: Date })
  | (Requested<Day> & { readonly status: 'FAILED'; readonly reason: string; readonly failedAt: Date });

export interface AutoDebit<Day> {
  readonly enabled: boolean;
  /** Oldest first; at most one per installment. */
  readonly attempts: readonly AutoDebitAttempt<Day>[];
}

export const AUTO_DEBIT_OFF: AutoDebit<never> = { enabled: false, attempts: [] };

/** Whether an attempt was made for the installment (whatever its outcome: each installment is debited automatically once at most). */
export const attemptedAutoDebit = <Day>(autoDebit: AutoDebit<Day>, number: number): boolean => autoDebit.attempts.some((attempt) => attempt.number === number);

export const withAutoDebitRequested = <Day>(autoDebit: AutoDebit<Day>, requested: Requested<Day>): AutoDebit<Day> => ({
  ...autoDebit,
  attempts: [...autoDebit.attempts, { ...requested, status: 'REQUESTED' }],
});

/** The installment's attempt still waiting for its outcome; null when there is none (a redelivered outcome). */
export const pendingAutoDebit = <Day>(autoDebit: AutoDebit<Day>, number: number): Extract<AutoDebitAttempt<Day>, { status: 'REQUESTED' }> | null =>
  (autoDebit.attempts.find((attempt) => attempt.number === number && attempt.status === 'REQUESTED') as
    Extract<AutoDebitAttempt<Day>, { status: 'REQUESTED' }> | undefined) ?? null;

/** The autoDebit with the installment's attempt replaced by its outcome. */
export const withAutoDebitResolved = <Day>(autoDebit: AutoDebit<Day>, outcome: AutoDebitAttempt<Day>): AutoDebit<Day> => ({
  ...autoDebit,
  attempts: autoDebit.attempts.map((attempt) => (attempt.number === outcome.number ? outcome : attempt)),
});

const AUTO_DEBIT_PATH = '/auto-debit/installment-';

/** The reference of the debit of the contract's installment: the ledger transfer id derives from it, so a redelivered request debits once. */
export const autoDebitReference = (source: string, contract: string, number: number): { source: string; id: string } => ({
  source,
  id: `${contract}${AUTO_DEBIT_PATH}${number}`,
});

const AUTO_DEBIT = /^(.+)\/auto-debit\/installment-(\d{1,3})$/;

/** The contract and installment an automatic debit's reference (of `source`) names; null for any other reference. */
export function autoDebitOf(reference: { source: string; id: string } | null | undefined, source: string): { contract: string; number: number } | null {
  if (reference?.source !== source) return null;
  const match = AUTO_DEBIT.exec(reference.id);
  return match === null ? null : { contract: match[1] ?? '', number: Number(match[2]) };
}
