import { resolve } from 'node:path';
import { RedisProcessedEventStore, startPlatform, type Platform, type RunningSubgraph, type ServiceOverrides } from '@bank/platform';
import { systemClock } from '@bank/kernel';
import { connectMongo, MongoIdempotencyStore, MongoOutboxStore, type Mongo } from '@bank/store-mongo';
import type { Loans, LoanSettings } from './application/context';
import { requestDueAutoDebits } from './application/auto-debit';
import { countOverdueLoans } from './application/queries';
import { loanSettings, type LoansConfig } from './config';
import { loanConsumers } from './events/consumers';
import { resolvers } from './graphql/resolvers';
import { CachedLoanRepository } from './infrastructure/cache/cached-loan-repository';
import { randomIds } from './infrastructure/ids';
import { prometheusLoanMetrics, registerOverdueGauge } from './infrastructure/metrics';
import { loanCodec } from './infrastructure/mongo/loan-document';
import { loanModel } from './infrastructure/mongo/loan-model';
import { MongoLoanRepository } from './infrastructure/mongo/loan-repository';

/** What tests may replace: business time, and how often the outbox is polled besides the wake-up after each write. */
export interface LoansOverrides extends ServiceOverrides {
  readonly relayPollIntervalMs?: number;
  readonly autoDebitIntervalMs?: number;
}

export interface LoansService extends RunningSubgraph {
  readonly loans: Loans;
}

const CACHE_TTL_SECONDS = 60;
const IDEMPOTENCY_PURGE_INTERVAL_MS = 10 * 60_000;
/** The same file whether running from src/ (development) or dist/ (built): tsc does not copy it. */
const SCHEMA_PATH = resolve(__dirname, '..', 'src', 'graphql', 'schema.graphql');

/** Composition root: configuration → adapters → use cases → consumers → server. */
export async function startLoansService(config: LoansConfig, overrides: LoansOverrides = {}): Promise<LoansService> {
  const settings = loanSettings(config);
  const platform = await startPlatform('loans', config);
  let mongo: Mongo | undefined;
  try {
    mongo = await connectMongo({ url: config.MONGODB_URL, logger: platform.logger, autoIndex: false });
    return await startOn(platform, mongo, config, settings, overrides);
  } catch (error) {
    await platform.close();
    await mongo?.close();
    throw error;
  }
}

async function startOn(platform: Platform, mongo: Mongo, config: LoansConfig, settings: LoanSettings, overrides: LoansOverrides): Promise<LoansService> {
  const { logger, metrics, redis } = platform;
  const model = loanModel(mongo.connection);
  const idempotency = new MongoIdempotencyStore({ connection: mongo.connection });
  // Not in MongoDB: FerretDB reads a whole collection for each lookup by _id (docs/adr/0009-event-claims-in-redis.md).
  const processed = new RedisProcessedEventStore({ redis });
  await mongo.ensureIndexes();
  const retention = { idempotencyKeys: await idempotency.ensureIndexes() };
  logger.info(retention, 'MongoDB indexes ensured');
  // Without a TTL index (FerretDB 1.x) expired keys would stay, and every lookup reads them all.
  if (retention.idempotencyKeys === 'no-ttl-index')
    platform.startJob({ name: 'idempotency-key-purge', intervalMs: IDEMPOTENCY_PURGE_INTERVAL_MS, run: () => idempotency.purgeExpired() });

  const relay = platform.startRelay(new MongoOutboxStore({ models: [model] }), { pollIntervalMs: overrides.relayPollIntervalMs ?? 200 });
  const loans: Loans = {
    repository: new CachedLoanRepository(
      new MongoLoanRepository({ model, afterWrite: () => relay.wake() }),
      platform.cache({ name: 'loans-loan', ttlSeconds: CACHE_TTL_SECONDS, codec: loanCodec }),
    ),
    ids: randomIds,
    clock: overrides.clock ?? systemClock,
    idempotency,
    metrics: prometheusLoanMetrics(metrics.registry),
    settings,
  };
  registerOverdueGauge(metrics.registry, () => countOverdueLoans(loans), logger);
  for (const consumer of loanConsumers(loans)) await platform.consume({ ...consumer, processed });
  platform.startJob({ name: 'auto-debits', intervalMs: overrides.autoDebitIntervalMs ?? settings.autoDebitIntervalMs, run: () => requestDueAutoDebits(loans) });

  return platform.serveSubgraph(config, {
    schemaPath: SCHEMA_PATH,
    resolvers,
    useCases: { loans },
    readiness: {
      mongodb: async () => {
        if (mongo.connection.db === undefined) throw new Error('not connected to MongoDB');
        await mongo.connection.db.admin().ping();
      },
    },
    closeStores: [() => mongo.close()],
  });
}
