import { sql, type Migration } from 'kysely';
import { processedEventsMigration, type Migrations } from '@bank/store-postgres';
import { ledgerMigrations } from '../../ledger';
import { cardsMigration } from '../cards/migration';
import { pixReceivablesMigration } from './pix/late-settlements-migration';
import { pixPaymentsMigration } from './pix/migration';

/** Who holds each ledger account, with its branch and number (from a sequence) and its status. */
const checkingAccountsMigration: Migration = {
  async up(db) {
    await sql`create sequence checking_account_numbers`.execute(db);
    await sql`
      create table checking_accounts (
        id text primary key references accounts (id),
        customer_id text not null unique,
        branch text not null,
        number text not null,
        holder_name text not null,
        holder_document text not null,
        status text not null check (status in ('ACTIVE', 'BLOCKED', 'CLOSED')),
        blocked_reason text,
        blocked_at timestamptz,
        closed_at timestamptz,
        opened_at timestamptz not null,
        unique (branch, number),
        check ((status = 'BLOCKED') = (blocked_reason is not null and blocked_at is not null)),
        check ((status = 'CLOSED') = (closed_at is not null))
      )`.execute(db);
  },
};

/** The accounts database: the ledger's tables, then the subgraph's own. A released migration never changes. */
export const accountsMigrations: Migrations = {
  ...ledgerMigrations,
  '0002-checking-accounts': checkingAccountsMigration,
  '0010-pix-payments': pixPaymentsMigration,
  '0011-processed-events': processedEventsMigration,
  '0030-cards': cardsMigration,
  '0040-pix-receivables': pixReceivablesMigration,
};
