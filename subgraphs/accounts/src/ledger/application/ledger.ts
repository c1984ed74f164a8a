import type { Account, AccountId, Balance, OpenCustomerAccount, Transfer, TransferId, TransferRequest } from '../domain';
import type { LedgerContext } from './context';
import { createLinkedTransfers, createTransfer } from './create-transfers';
import { expireHolds } from './expire-holds';
import { openCustomerAccount } from './open-account';
import type { HistoryEntry } from './ports';
import { findTransfer, getAccount, getBalance, getHistory } from './queries';
import { reconcile, type ReconciliationReport } from './reconcile';
import { refuseDebits } from './refuse-debits';

/** The ledger as the rest of the accounts subgraph (and every money flow) uses it. */
export interface Ledger {
  openCustomerAccount(request: OpenCustomerAccount): Promise<Account>;
  createTransfer(request: TransferRequest): Promise<Transfer>;
  createLinkedTransfers(requests: readonly TransferRequest[]): Promise<Transfer[]>;
  expireHolds(limit?: number): Promise<number>;
  /** Blocks (true) or unblocks the account's new debits; see refuseDebits. */
  refuseDebits(id: AccountId, refused: boolean): Promise<void>;
  getAccount(id: AccountId): Promise<Account>;
  findTransfer(id: TransferId): Promise<Transfer | null>;
  getBalance(id: AccountId): Promise<Balance>;
  getHistory(id: AccountId, page?: { after?: bigint | null; limit?: number }): Promise<HistoryEntry[]>;
  reconcile(): Promise<ReconciliationReport>;
}

export const createLedger = (context: LedgerContext): Ledger => ({
  openCustomerAccount: (request) => openCustomerAccount(context, request),
  createTransfer: (request) => createTransfer(context, request),
  createLinkedTransfers: (requests) => createLinkedTransfers(context, requests),
  expireHolds: (limit) => expireHolds(context, limit),
  refuseDebits: (id, refused) => refuseDebits(context, id, refused),
  getAccount: (id) => getAccount(context, id),
  findTransfer: (id) => findTransfer(context, id),
  getBalance: (id) => getBalance(context, id),
  getHistory: (id, page) => getHistory(context, id, page),
  reconcile: () => reconcile(context),
});
