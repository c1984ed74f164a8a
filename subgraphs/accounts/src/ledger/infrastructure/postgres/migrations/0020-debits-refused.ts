import { sql, type Migration } from 'kysely';

/**
 * An account whose new debits the ledger refuses (a blocked account; it still receives). The flag
 * sits on the balance row, not on the account, because the transfer statement locks that row and
 * re-checks its guard on the newest version: a block waits for the debits in flight on the row, and
 * no debit can pass once the block has committed.
 */
export const debitsRefusedMigration: Migration = {
  async up(db) {
    await sql`alter table account_balances add column debits_refused boolean not null default false`.execute(db);
  },
};
