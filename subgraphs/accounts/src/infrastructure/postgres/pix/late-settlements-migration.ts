import { sql, type Migration } from 'kysely';
import { BANK_ACCOUNTS } from '../../../ledger';

/**
 * The bank account of what customers owe for a Pix settled after its hold expired (docs/adr/0010).
 * A database created after it existed has it from the ledger's first migration already.
 */
export const pixReceivablesMigration: Migration = {
  async up(db) {
    const { id, normal, shards } = BANK_ACCOUNTS.pixReceivables;
    const inserted = await sql`
      insert into accounts (id, kind, bank_name, normal, shards, opened_at) values (${id}, 'bank', 'pixReceivables', ${normal}, ${shards}, now())
      on conflict (id) do nothing returning id`.execute(db);
    if (inserted.rows.length > 0) {
      await sql`insert into account_balances (account_id, shard) select ${id}, shard from generate_series(0, ${shards - 1}) shard`.execute(db);
    }
  },
};
