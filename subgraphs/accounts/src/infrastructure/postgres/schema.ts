import type { Generated } from 'kysely';
import type { AccountStatus } from '../../domain';

/** The subgraph's own tables beside the ledger's; the DDL is in ./migrations. */
export type CheckingDatabase = {
  checking_accounts: CheckingAccountsTable;
};

export type CheckingAccountsTable = {
  id: string;
  customer_id: string;
  branch: string;
  number: string;
  holder_name: string;
  holder_document: string;
  status: AccountStatus;
  blocked_reason: string | null;
  blocked_at: Date | null;
  closed_at: Date | null;
  opened_at: Date;
  /** The aggregate's optimistic lock (PostgresAggregateStore): 1 when opened. */
  version: Generated<number>;
};
