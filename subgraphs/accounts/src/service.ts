import { resolve } from 'node:path';
import { sql } from 'kysely';
import { startPlatform, type RunningSubgraph, type ServiceOverrides } from '@bank/platform';
import { systemClock } from '@bank/kernel';
import { eventEnvelopes } from '@bank/messaging';
import { PostgresProcessedEventStore } from '@bank/store-postgres';
import type { Accounts } from './application/context';
import type { AccountsConfig } from './config';
import type { AccountsContext } from './graphql/context';
import { insuranceSettlementConsumers } from './events/insurance-settlements';
import { loansSettlementConsumers } from './events/loans-settlements';
import { resolvers } from './graphql/resolvers';
import { accountsMigrations } from './infrastructure/postgres/migrations';
import { PostgresCheckingAccounts } from './infrastructure/postgres/postgres-checking-accounts';
import { PostgresSettlementOutcomes } from './infrastructure/postgres/postgres-settlement-outcomes';
import { connectLedger, startLedgerJobs } from './ledger';

/** src/ and dist/ both sit one level below the workspace, and the build does not copy the schema: read it from src/ either way. */
const SCHEMA_PATH = resolve(__dirname, '..', 'src', 'graphql', 'schema.graphql');

/** What tests may replace: time, and how often the ledger's jobs run. */
export interface AccountsOverrides extends ServiceOverrides {
  readonly holdExpiryIntervalMs?: number;
  readonly reconciliationIntervalMs?: number;
}

export interface AccountsService extends RunningSubgraph {
  readonly accounts: Accounts;
}

/** Composition root: configuration → the ledger on PostgreSQL → use cases → server. */
export async function startAccountsService(config: AccountsConfig, overrides: AccountsOverrides = {}): Promise<AccountsService> {
  const platform = await startPlatform('accounts', config);
  const { logger, metrics } = platform;
  const clock = overrides.clock ?? systemClock;
  const connected = await connectLedger({
    postgresUrl: config.POSTGRES_URL,
    poolSize: config.POSTGRES_POOL_SIZE,
    registry: metrics.registry,
    clock,
    migrations: accountsMigrations,
  });
  const relay = platform.startRelay(connected.outbox);
  connected.afterCommit(() => relay.wake());
  const accounts: Accounts = {
    ledger: connected.ledger,
    accounts: new PostgresCheckingAccounts(connected.db),
    clock,
    settlements: new PostgresSettlementOutcomes(connected.db, eventEnvelopes('/subgraphs/accounts'), () => relay.wake()),
    sandboxEnabled: config.ACCOUNTS_SANDBOX_ENABLED ?? false,
  };
  const processed = new PostgresProcessedEventStore(connected.db);
  for (const consumer of [...loansSettlementConsumers(accounts), ...insuranceSettlementConsumers(accounts)]) await platform.consume({ ...consumer, processed });
  const jobs = startLedgerJobs({
    ledger: connected.ledger,
    logger,
    holdExpiryIntervalMs: overrides.holdExpiryIntervalMs ?? 10_000,
    reconciliationIntervalMs: overrides.reconciliationIntervalMs ?? config.ACCOUNTS_RECONCILIATION_INTERVAL_MS,
  });

  const server = await platform.serveSubgraph<AccountsContext>({
    port: config.PORT,
    metricsPort: config.METRICS_PORT,
    schemaPath: SCHEMA_PATH,
    resolvers,
    context: (base) => ({ ...base, accounts }),
    readiness: { postgres: () => sql`select 1`.execute(connected.db) },
    stopJobs: [() => jobs.stop()],
    closeStores: [() => connected.close()],
  });
  return { server, accounts, logger, stop: () => server.stop() };
}
