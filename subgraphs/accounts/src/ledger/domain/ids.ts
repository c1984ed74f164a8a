import { LedgerError } from './errors';

declare const accountIdBrand: unique symbol;
declare const transferIdBrand: unique symbol;

/** Chosen by the caller; letters, digits and `.:_-`, at most 100 characters. */
export type AccountId = string & { readonly [accountIdBrand]: true };
export type TransferId = string & { readonly [transferIdBrand]: true };

const ID = /^[A-Za-z0-9][A-Za-z0-9.:_-]{0,99}$/;

const parseId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw new LedgerError('INVALID_ID', `${field} must be 1 to 100 letters, digits or ".:_-", starting with a letter or digit`, { field });
  }
  return value;
};

export const parseAccountId = (value: unknown, field = 'accountId'): AccountId => parseId(value, field) as AccountId;
export const parseTransferId = (value: unknown, field = 'id'): TransferId => parseId(value, field) as TransferId;

/**
 * The id of the void the ledger itself creates when a hold times out: derived, so the sweep is
 * idempotent, and with a "/" that no caller's id may hold, so no caller can take it first.
 */
export const expiryTransferId = (pendingId: TransferId): TransferId => `${pendingId}/expired` as TransferId;
