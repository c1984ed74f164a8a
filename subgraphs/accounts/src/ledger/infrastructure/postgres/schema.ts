import type { Generated } from 'kysely';
import type { OutboxDatabase } from '@bank/store-postgres';

/** The accounts database as Kysely sees it; the DDL is in ./migrations. bigint columns are integer cents. */
export interface LedgerDatabase extends OutboxDatabase {
  accounts: AccountsTable;
  account_balances: AccountBalancesTable;
  transfers: TransfersTable;
  entries: EntriesTable;
  open_holds: OpenHoldsTable;
}

export interface OpenHoldsTable {
  transfer_id: string;
  timeout_at: Date;
}

export interface AccountsTable {
  id: string;
  kind: 'customer' | 'bank';
  /** A bank account's name (BANK_ACCOUNTS), null for a customer's. */
  bank_name: string | null;
  customer_id: string | null;
  normal: 'debit' | 'credit';
  /** null: no limit (bank accounts). */
  overdraft_limit: bigint | null;
  shards: number;
  opened_at: Date;
}

export interface AccountBalancesTable {
  account_id: string;
  shard: number;
  debits_posted: Generated<bigint>;
  credits_posted: Generated<bigint>;
  debits_pending: Generated<bigint>;
  credits_pending: Generated<bigint>;
  /** New debits refused (a blocked account), checked in the transfer statement on the row it locks. */
  debits_refused: Generated<boolean>;
}

export interface TransfersTable {
  id: string;
  kind: 'single' | 'pending' | 'post' | 'void';
  pending_id: string | null;
  debit_account_id: string;
  credit_account_id: string;
  amount: bigint;
  code: string;
  description: string | null;
  shard_key: number;
  timeout_at: Date | null;
  void_reason: 'voided' | 'expired' | null;
  created_at: Date;
}

export interface EntriesTable {
  position: Generated<bigint>;
  account_id: string;
  transfer_id: string;
  side: 'debit' | 'credit';
  amount: bigint;
  balance_after: bigint | null;
  posted_at: Date;
}
