import { resolve } from 'node:path';
import { startPlatform, type RunningSubgraph, type ServiceOverrides } from '@bank/platform';
import { systemClock } from '@bank/kernel';
import { DynamoDbIdempotencyStore, DynamoDbOutboxStore, DynamoDbProcessedEventStore, openServiceTable, tableAnswers } from '@bank/store-dynamodb';
import type { Insurance } from './application/context';
import type { InsuranceConfig } from './config';
import { requestDueAutoDebits } from './application/auto-debit';
import { chargeDueInstallments, DEFAULT_PREMIUM_CHARGE_LEAD_DAYS } from './application/premium-installments';
import { insuranceConsumers } from './events/consumers';
import { resolvers } from './graphql/resolvers';
import { CachedPolicyRepository } from './infrastructure/cache/cached-policy-repository';
import { DynamoDbActivePolicyCount } from './infrastructure/dynamodb/active-policy-count';
import { insuranceTable } from './infrastructure/dynamodb/insurance-table';
import { DynamoDbClaimRepository, DynamoDbPolicyRepository, DynamoDbQuoteRepository } from './infrastructure/dynamodb/repositories';
import { randomIds } from './infrastructure/ids';
import { insuranceMetrics } from './infrastructure/metrics';

/** src/ and dist/ both sit one level below the workspace, and the build does not copy the schema: read it from src/ either way. */
const SCHEMA_PATH = resolve(__dirname, '..', 'src', 'graphql', 'schema.graphql');

/** What tests may replace: time, and how often the premium installments falling due (to charge, to debit) are looked for. */
export interface InsuranceOverrides extends ServiceOverrides {
  readonly premiumChargeIntervalMs?: number;
  readonly autoDebitIntervalMs?: number;
}

export interface InsuranceService extends RunningSubgraph {
  readonly insurance: Insurance;
}

/** Composition root: configuration → adapters → use cases → consumers → server. */
export async function startInsuranceService(config: InsuranceConfig, overrides: InsuranceOverrides = {}): Promise<InsuranceService> {
  const platform = await startPlatform('insurance', config);
  const table = await openServiceTable(config, insuranceTable);
  const relay = platform.startRelay(new DynamoDbOutboxStore(table));
  const repository = { ...table, onEventsSaved: relay.wake.bind(relay) };
  const activePolicies = new DynamoDbActivePolicyCount(table);
  const policies = new CachedPolicyRepository(
    new DynamoDbPolicyRepository(repository),
    platform.cache({ name: 'insurance-policy', ttlSeconds: 300, codec: DynamoDbPolicyRepository.codec }),
  );
  const insurance: Insurance = {
    quotes: new DynamoDbQuoteRepository(repository),
    policies,
    claims: new DynamoDbClaimRepository(repository),
    ids: randomIds,
    clock: overrides.clock ?? systemClock,
    idempotency: new DynamoDbIdempotencyStore(table),
    metrics: insuranceMetrics(platform.metrics.registry, activePolicies, platform.logger),
    settings: { premiumChargeWait: { timeoutMs: config.INSURANCE_PREMIUM_CHARGE_WAIT_MS ?? 2_000, intervalMs: 50 } },
  };

  const processed = new DynamoDbProcessedEventStore(table);
  for (const consumer of insuranceConsumers(insurance, activePolicies)) await platform.consume({ ...consumer, processed });
  // Every replica runs it: the conditional write lets one request each installment.
  const leadDays = config.INSURANCE_PREMIUM_CHARGE_LEAD_DAYS ?? DEFAULT_PREMIUM_CHARGE_LEAD_DAYS;
  platform.startJob({
    name: 'premium-installments',
    intervalMs: overrides.premiumChargeIntervalMs ?? 60_000,
    run: () => chargeDueInstallments(insurance, leadDays),
  });
  const autoDebitIntervalMs = overrides.autoDebitIntervalMs ?? config.INSURANCE_AUTO_DEBIT_INTERVAL_MS ?? 60_000;
  platform.startJob({ name: 'premium-auto-debits', intervalMs: autoDebitIntervalMs, run: () => requestDueAutoDebits(insurance) });

  return platform.serveSubgraph(config, {
    schemaPath: SCHEMA_PATH,
    resolvers,
    useCases: { insurance },
    readiness: { dynamodb: tableAnswers(table) },
    closeStores: [async () => policies.close(), async () => table.client.destroy()],
  });
}
