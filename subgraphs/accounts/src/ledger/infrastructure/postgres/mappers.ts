import type { Insertable, Selectable } from 'kysely';
import { Money } from '@bank/kernel';
import type { Account, AccountId, BankAccountName, Totals, Transfer, TransferCode, TransferId } from '../../domain';
import type { AccountsTable, TransfersTable } from './schema';

/** A column the table's check constraints require for this kind of row. */
function present<T>(value: T | null, column: string): T {
  if (value === null) throw new Error(`${column} is null where the schema requires it`);
  return value;
}

export function toAccountRow(account: Account): Insertable<AccountsTable> {
  return account.kind === 'customer'
    ? {
        id: account.id,
        kind: 'customer',
        bank_name: null,
        customer_id: account.customerId,
        normal: 'credit',
        overdraft_limit: account.overdraftLimit.cents,
        shards: 1,
        opened_at: account.openedAt,
      }
    : {
        id: account.id,
        kind: 'bank',
        bank_name: account.name,
        customer_id: null,
        normal: account.normal,
        overdraft_limit: null,
        shards: account.shards,
        opened_at: account.openedAt,
      };
}

export function toAccount(row: Selectable<AccountsTable>): Account {
  const id = row.id as AccountId;
  return row.kind === 'customer'
    ? {
        kind: 'customer',
        id,
        customerId: present(row.customer_id, 'customer_id'),
        overdraftLimit: Money.fromCents(present(row.overdraft_limit, 'overdraft_limit')),
        openedAt: row.opened_at,
      }
    : { kind: 'bank', id, name: row.bank_name as BankAccountName, normal: row.normal, shards: row.shards, openedAt: row.opened_at };
}

export function toTransferRow(transfer: Transfer): Insertable<TransfersTable> {
  return {
    id: transfer.id,
    kind: transfer.kind,
    pending_id: transfer.kind === 'post' || transfer.kind === 'void' ? transfer.pendingId : null,
    debit_account_id: transfer.debitAccountId,
    credit_account_id: transfer.creditAccountId,
    amount: transfer.amount.cents,
    code: transfer.code,
    description: transfer.description,
    shard_key: transfer.shardKey,
    timeout_at: transfer.kind === 'pending' ? transfer.timeoutAt : null,
    void_reason: transfer.kind === 'void' ? transfer.reason : null,
    created_at: transfer.createdAt,
  };
}

export function toTransfer(row: Selectable<TransfersTable>): Transfer {
  const recorded = {
    id: row.id as TransferId,
    debitAccountId: row.debit_account_id as AccountId,
    creditAccountId: row.credit_account_id as AccountId,
    amount: Money.fromCents(row.amount),
    code: row.code as TransferCode,
    description: row.description,
    shardKey: row.shard_key,
    createdAt: row.created_at,
  };
  switch (row.kind) {
    case 'single':
      return { kind: 'single', ...recorded };
    case 'pending':
      return { kind: 'pending', ...recorded, timeoutAt: present(row.timeout_at, 'timeout_at') };
    case 'post':
      return { kind: 'post', ...recorded, pendingId: row.pending_id as TransferId };
    case 'void':
      return { kind: 'void', ...recorded, pendingId: row.pending_id as TransferId, reason: present(row.void_reason, 'void_reason') };
  }
}

export interface TotalsRow {
  debits_posted: bigint;
  credits_posted: bigint;
  debits_pending: bigint;
  credits_pending: bigint;
}

export const toTotals = (row: TotalsRow): Totals => ({
  debitsPosted: Money.fromCents(row.debits_posted),
  creditsPosted: Money.fromCents(row.credits_posted),
  debitsPending: Money.fromCents(row.debits_pending),
  creditsPending: Money.fromCents(row.credits_pending),
});
