import { sql, type Migration } from 'kysely';

/**
 * Pix paid from and into the accounts (issue 14): orders (each with its hold on the ledger), limits per
 * account (with raises that wait), receipts by end-to-end id.
 */
export const pixPaymentsMigration: Migration = {
  async up(db) {
    await sql`
      create table pix_orders (
        id text primary key,
        account_id text not null,
        customer_id text not null,
        target_type text not null check (target_type in ('KEY', 'BR_CODE')),
        target text not null,
        amount bigint not null check (amount > 0),
        description text,
        status text not null check (status in ('PENDING', 'COMPLETED', 'FAILED')),
        end_to_end_id text,
        refusal_code text,
        refusal_reason text,
        failure_message text,
        ordered_at timestamptz not null,
        resolved_at timestamptz,
        check ((status = 'COMPLETED') = (end_to_end_id is not null)),
        check ((status = 'FAILED') = (refusal_code is not null))
      )`.execute(db);
    // What counts against the limits: every order not refused, by account and time.
    await sql`create index pix_orders_counted on pix_orders (account_id, ordered_at) include (amount) where status <> 'FAILED'`.execute(db);
    await sql`
      create table pix_limits (
        account_id text primary key,
        per_transaction bigint not null,
        per_transaction_raise_to bigint,
        per_transaction_raise_at timestamptz,
        daily bigint not null,
        daily_raise_to bigint,
        daily_raise_at timestamptz,
        nightly bigint not null,
        nightly_raise_to bigint,
        nightly_raise_at timestamptz
      )`.execute(db);
    await sql`
      create table pix_receipts (
        position bigint generated always as identity unique,
        end_to_end_id text primary key,
        amount bigint not null,
        occurred_at timestamptz not null,
        payer_name text not null,
        payer_document text not null,
        payer_ispb text not null,
        payer_institution text not null,
        payer_customer_id text,
        receiver_name text not null,
        receiver_document text not null,
        receiver_ispb text not null,
        receiver_institution text not null,
        receiver_customer_id text,
        key text,
        txid text,
        description text
      )`.execute(db);
    await sql`create index pix_receipts_received on pix_receipts (receiver_customer_id, position desc) where receiver_customer_id is not null`.execute(db);
  },
};
