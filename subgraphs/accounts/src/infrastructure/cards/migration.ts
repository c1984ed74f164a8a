import { sql, type Migration } from 'kysely';

/**
 * Cards, their authorizations, what each calendar day and month spent, and credit invoices.
 * The number is stored only encrypted (pan_encrypted) and found by its keyed hash (pan_hash).
 */
export const cardsMigration: Migration = {
  async up(db) {
    await sql`
      create table cards (
        id text primary key,
        customer_id text not null,
        account_id text not null references checking_accounts (id),
        kind text not null check (kind in ('DEBIT', 'CREDIT')),
        form text not null check (form in ('VIRTUAL', 'PHYSICAL')),
        status text not null check (status in ('ACTIVE', 'BLOCKED', 'CANCELLED')),
        status_reason text,
        status_at timestamptz,
        brand text not null,
        bin text not null,
        last4 text not null check (last4 ~ '^[0-9]{4}$'),
        expiry_month integer not null check (expiry_month between 1 and 12),
        expiry_year integer not null,
        nickname text,
        limit_per_transaction bigint check (limit_per_transaction > 0),
        limit_daily bigint check (limit_daily > 0),
        limit_monthly bigint check (limit_monthly > 0),
        blocked_categories text[] not null default '{}',
        credit_line_id text references accounts (id),
        credit_limit bigint check (credit_limit > 0),
        closing_day integer check (closing_day between 1 and 28),
        replaces text references cards (id),
        issued_at timestamptz not null,
        pan_encrypted text not null,
        pan_hash text not null unique,
        check ((kind = 'CREDIT') = (credit_line_id is not null and credit_limit is not null and closing_day is not null)),
        check ((status = 'ACTIVE') = (status_reason is null and status_at is null))
      )`.execute(db);
    await sql`create index cards_by_customer on cards (customer_id, issued_at)`.execute(db);
    await sql`create index cards_by_account on cards (account_id, issued_at)`.execute(db);
    await sql`
      create table card_spend (
        card_id text not null references cards (id),
        period text not null,
        cents bigint not null check (cents >= 0),
        primary key (card_id, period)
      )`.execute(db);
    await sql`
      create table card_authorizations (
        position bigint generated always as identity unique,
        id text primary key,
        card_id text references cards (id),
        customer_id text,
        status text not null check (status in ('APPROVED', 'DECLINED')),
        decline_reason text,
        amount bigint not null check (amount > 0),
        merchant_name text not null,
        mcc text not null,
        merchant_city text not null,
        merchant_country text not null,
        installments integer not null check (installments between 1 and 12),
        decided_at timestamptz not null,
        hold_id text,
        hold_expires_at timestamptz,
        clearing text check (clearing in ('AUTHORIZED', 'CAPTURED', 'REVERSED')),
        captured bigint,
        cleared_at timestamptz,
        refunded bigint not null default 0,
        check ((status = 'DECLINED') = (decline_reason is not null)),
        check ((status = 'APPROVED') = (hold_id is not null and hold_expires_at is not null and clearing is not null and card_id is not null)),
        check ((clearing = 'CAPTURED') = (captured is not null)),
        check (refunded <= coalesce(captured, 0))
      )`.execute(db);
    await sql`create index card_authorizations_by_card on card_authorizations (card_id, position)`.execute(db);
    await sql`
      create table card_invoice_entries (
        id text primary key,
        line_id text not null,
        period text not null,
        card_id text not null references cards (id),
        authorization_id text not null references card_authorizations (id),
        description text not null,
        amount bigint not null,
        installment integer not null,
        installments integer not null,
        posted_at timestamptz not null
      )`.execute(db);
    await sql`create index card_invoice_entries_by_period on card_invoice_entries (line_id, period)`.execute(db);
    await sql`
      create table card_invoice_payments (
        transfer_id text primary key,
        line_id text not null,
        period text not null,
        amount bigint not null check (amount > 0),
        paid_at timestamptz not null
      )`.execute(db);
    await sql`create index card_invoice_payments_by_period on card_invoice_payments (line_id, period)`.execute(db);
  },
};
