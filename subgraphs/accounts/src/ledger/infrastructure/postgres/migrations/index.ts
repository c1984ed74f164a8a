import { outboxMigration, type Migrations } from '@bank/store-postgres';
import { ledgerMigration } from './0001-ledger';
import { debitsRefusedMigration } from './0020-debits-refused';

/** The accounts database's migrations, in order. A released migration never changes; a change is a new one. */
export const ledgerMigrations: Migrations = {
  '0000-outbox': outboxMigration,
  '0001-ledger': ledgerMigration,
  '0020-debits-refused': debitsRefusedMigration,
};
