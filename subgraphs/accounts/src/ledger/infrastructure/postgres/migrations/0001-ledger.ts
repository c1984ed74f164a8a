import { sql, type Migration } from 'kysely';
import { BANK_ACCOUNTS } from '../../../domain';

/**
 * Accounts with their balance rows, immutable transfers, and the postings of each account.
 * Transfers and entries carry no foreign key to accounts on purpose: a foreign key check takes a
 * share lock on the referenced row, and the hot settlement account would be that row for every Pix.
 * The balance updates themselves prove that both accounts exist.
 */
export const ledgerMigration: Migration = {
  async up(db) {
    await sql`
      create table accounts (
        id text primary key,
        kind text not null check (kind in ('customer', 'bank')),
        bank_name text unique,
        customer_id text,
        normal text not null check (normal in ('debit', 'credit')),
        overdraft_limit bigint check (overdraft_limit >= 0),
        shards integer not null check (shards between 1 and 1024),
        opened_at timestamptz not null,
        check (case kind
          when 'customer' then customer_id is not null and overdraft_limit is not null and bank_name is null and normal = 'credit' and shards = 1
          else bank_name is not null and customer_id is null and overdraft_limit is null end)
      )`.execute(db);
    await sql`
      create table account_balances (
        account_id text not null references accounts (id),
        shard integer not null,
        debits_posted bigint not null default 0 check (debits_posted >= 0),
        credits_posted bigint not null default 0 check (credits_posted >= 0),
        debits_pending bigint not null default 0 check (debits_pending >= 0),
        credits_pending bigint not null default 0 check (credits_pending >= 0),
        primary key (account_id, shard)
      )`.execute(db);
    await sql`
      create table transfers (
        id text primary key,
        kind text not null check (kind in ('single', 'pending', 'post', 'void')),
        pending_id text references transfers (id),
        debit_account_id text not null,
        credit_account_id text not null check (credit_account_id <> debit_account_id),
        amount bigint not null check (amount > 0),
        code text not null,
        description text,
        shard_key integer not null check (shard_key >= 0),
        timeout_at timestamptz,
        void_reason text check (void_reason in ('voided', 'expired')),
        created_at timestamptz not null,
        check ((kind in ('post', 'void')) = (pending_id is not null)),
        check ((kind = 'pending') = (timeout_at is not null)),
        check ((kind = 'void') = (void_reason is not null))
      )`.execute(db);
    // A hold is posted or voided once: the second resolution, however concurrent, is refused here.
    await sql`create unique index transfers_resolve_once on transfers (pending_id) where pending_id is not null`.execute(db);
    // The holds nothing has resolved yet, for the expiry sweep: it never scans the holds of the past.
    await sql`create table open_holds (transfer_id text primary key, timeout_at timestamptz not null)`.execute(db);
    await sql`create index open_holds_by_timeout on open_holds (timeout_at)`.execute(db);
    await sql`
      create table entries (
        position bigint generated always as identity primary key,
        account_id text not null,
        transfer_id text not null,
        side text not null check (side in ('debit', 'credit')),
        amount bigint not null check (amount > 0),
        balance_after bigint,
        posted_at timestamptz not null
      )`.execute(db);
    await sql`create index entries_by_account on entries (account_id, position)`.execute(db);

    for (const [name, { id, normal, shards }] of Object.entries(BANK_ACCOUNTS)) {
      await sql`insert into accounts (id, kind, bank_name, normal, shards, opened_at) values (${id}, 'bank', ${name}, ${normal}, ${shards}, now())`.execute(db);
      await sql`insert into account_balances (account_id, shard) select ${id}, shard from generate_series(0, ${shards - 1}) shard`.execute(db);
    }
  },
};
