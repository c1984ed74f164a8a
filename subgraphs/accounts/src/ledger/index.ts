/** The ledger module: every movement of money in the accounts subgraph goes through it. No GraphQL here. */
export * from './domain';
export * from './application';
export { connectLedger, ledgerEnv, type ConnectedLedger, type ConnectLedgerOptions, type LedgerUnitOfWork } from './connect-ledger';
export { ledgerJobs, startLedgerJobs, type LedgerJobsOptions } from './infrastructure/jobs';
export { ledgerMigrations } from './infrastructure/postgres/migrations';
