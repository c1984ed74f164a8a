import { resolve } from 'node:path';
import { sql } from 'kysely';
import { startPlatform, type RunningSubgraph, type ServiceOverrides } from '@bank/platform';
import { Money, systemClock } from '@bank/kernel';
import { eventEnvelopes } from '@bank/messaging';
import { PostgresProcessedEventStore } from '@bank/store-postgres';
import type { Accounts } from './application/context';
import { OutcomeSignals } from './application/pix';
import type { AccountsConfig } from './config';
import { pixConsumers } from './events/pix-consumers';
import { insuranceSettlementConsumers } from './events/insurance-settlements';
import { loansSettlementConsumers } from './events/loans-settlements';
import { resolvers } from './graphql/resolvers';
import { accountsMigrations } from './infrastructure/postgres/migrations';
import { PostgresCheckingAccounts } from './infrastructure/postgres/postgres-checking-accounts';
import { PostgresPixPayments } from './infrastructure/postgres/pix/postgres-pix-payments';
import { pdfReceipts } from './infrastructure/pix/receipt-pdf';
import { PostgresSettlementOutcomes } from './infrastructure/postgres/postgres-settlement-outcomes';
import { connectLedger, ledgerJobs } from './ledger';
import { cardVault } from './infrastructure/cards/card-vault';
import { PostgresCardStore, postgresCardsUnitOfWork } from './infrastructure/cards/postgres-cards';
import { redisRevealLimiter } from './infrastructure/cards/reveal-limiter';

/** src/ and dist/ both sit one level below the workspace, and the build does not copy the schema: read it from src/ either way. */
const SCHEMA_PATH = resolve(__dirname, '..', 'src', 'graphql', 'schema.graphql');

/** What tests may replace: time, and how often the ledger's jobs run. */
export interface AccountsOverrides extends ServiceOverrides {
  readonly holdExpiryIntervalMs?: number;
  readonly reconciliationIntervalMs?: number;
  /** The Redis key prefix of card-reveal counts, so test runs never share them. */
  readonly cardRevealPrefix?: string;
  /** How long sendPix and payPixCode wait for Pix's answer (ACCOUNTS_PIX_OUTCOME_WAIT_MS). */
  readonly pixOutcomeWaitMs?: number;
}

export interface AccountsService extends RunningSubgraph {
  readonly accounts: Accounts;
}

/** Composition root: configuration → the ledger on PostgreSQL → use cases → server. */
export async function startAccountsService(config: AccountsConfig, overrides: AccountsOverrides = {}): Promise<AccountsService> {
  const platform = await startPlatform('accounts', config, overrides);
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
  const checkingAccounts = new PostgresCheckingAccounts(connected.db, eventEnvelopes('/subgraphs/accounts'), () => relay.wake());
  const sandboxEnabled = config.ACCOUNTS_SANDBOX_ENABLED ?? false;
  const accounts: Accounts = {
    ledger: connected.ledger,
    accounts: checkingAccounts,
    clock,
    sandboxEnabled,
    settlements: new PostgresSettlementOutcomes(connected),
    cards: {
      cards: new PostgresCardStore(connected.db),
      unit: postgresCardsUnitOfWork(connected),
      vault: cardVault(config.ACCOUNTS_CARD_KEY),
      reveals: redisRevealLimiter(platform.redis, config.ACCOUNTS_CARD_REVEALS_PER_HOUR, overrides.cardRevealPrefix),
      ledger: connected.ledger,
      accounts: checkingAccounts,
      clock,
      settings: { bin: config.ACCOUNTS_CARD_BIN, holdExpirySeconds: config.ACCOUNTS_CARD_HOLD_EXPIRY_SECONDS, sandboxNetwork: sandboxEnabled },
    },
    pix: {
      store: new PostgresPixPayments(connected),
      signals: new OutcomeSignals(),
      receipts: pdfReceipts,
      settings: {
        defaultLimits: {
          perTransaction: Money.parse(config.ACCOUNTS_PIX_PER_TRANSACTION_LIMIT),
          daily: Money.parse(config.ACCOUNTS_PIX_DAILY_LIMIT),
          nightly: Money.parse(config.ACCOUNTS_PIX_NIGHTLY_LIMIT),
        },
        limitRaiseDelayMs: config.ACCOUNTS_PIX_LIMIT_RAISE_DELAY_HOURS * 3_600_000,
        outcomeWaitMs: overrides.pixOutcomeWaitMs ?? config.ACCOUNTS_PIX_OUTCOME_WAIT_MS,
        institution: { ispb: config.PIX_ISPB, name: config.PIX_INSTITUTION_NAME },
      },
    },
  };
  const processed = new PostgresProcessedEventStore(connected.db);
  for (const consumer of [...pixConsumers(accounts), ...loansSettlementConsumers(accounts), ...insuranceSettlementConsumers(accounts)])
    await platform.consume({ ...consumer, processed });
  const jobs = ledgerJobs({
    ledger: connected.ledger,
    logger,
    holdExpiryIntervalMs: overrides.holdExpiryIntervalMs ?? 10_000,
    reconciliationIntervalMs: overrides.reconciliationIntervalMs ?? config.ACCOUNTS_RECONCILIATION_INTERVAL_MS,
  });
  for (const job of jobs) platform.startJob(job);

  return platform.serveSubgraph(config, {
    schemaPath: SCHEMA_PATH,
    resolvers,
    useCases: { accounts },
    readiness: { postgres: () => sql`select 1`.execute(connected.db) },
    closeStores: [() => connected.close()],
  });
}
