import { resolve } from 'node:path';
import { randomInt } from 'node:crypto';
import { jsonCodec, startPlatform, type RunningSubgraph, type ServiceOverrides } from '@bank/platform';
import { INSTITUTION_PARTY_ID } from '@bank/contracts';
import { systemClock } from '@bank/kernel';
import { DynamoDbIdempotencyStore, DynamoDbOutboxStore, DynamoDbProcessedEventStore, openServiceTable, tableAnswers } from '@bank/store-dynamodb';
import type { Pix } from './application/context';
import { expireDueCharges } from './application/charges';
import { registerInstitutionKey } from './application/keys';
import type { SettlementPolicy } from './application/transfers';
import type { PixConfig } from './config';
import { pixConsumers } from './events/consumers';
import { resolvers } from './graphql/resolvers';
import { CachedChargeRepository } from './infrastructure/cache/cached-charge-repository';
import { DynamoDbChargeRepository } from './infrastructure/dynamodb/charge-repository';
import { DynamoDbKeyConfirmations } from './infrastructure/dynamodb/key-confirmations';
import { DynamoDbKeyDirectory } from './infrastructure/dynamodb/key-directory';
import { pixTable } from './infrastructure/dynamodb/pix-table';
import { DynamoDbTransferRepository } from './infrastructure/dynamodb/transfer-repository';
import { dynamoDbChargeRefusals } from './infrastructure/dynamodb/refusal-repository';
import { CryptoIdGenerator } from './infrastructure/ids';
import { prometheusPixMetrics } from './infrastructure/prometheus-metrics';
import { QrCodeImages } from './infrastructure/qr-code-renderer';
import { SandboxKeyCodeSender, UnwiredKeyCodeSender } from './infrastructure/sandbox-key-codes';

/** What tests may replace: time, and the simulated central system's failures. */
export interface PixOverrides extends ServiceOverrides {
  readonly settlement?: Partial<SettlementPolicy>;
  readonly expirySweepIntervalMs?: number;
}

export interface PixService extends RunningSubgraph {
  readonly pix: Pix;
}

/** Composition root: configuration → adapters → use cases → server. */
export async function startPixService(config: PixConfig, overrides: PixOverrides = {}): Promise<PixService> {
  const platform = await startPlatform('pix', config);
  const { logger, metrics } = platform;
  const table = await openServiceTable(config, pixTable);
  const relay = platform.startRelay(new DynamoDbOutboxStore(table));
  const repository = { ...table, onEventsSaved: relay.wake.bind(relay) };
  const charges = new CachedChargeRepository(
    new DynamoDbChargeRepository(repository),
    platform.cache({ name: 'pix-charge', ttlSeconds: 300, codec: DynamoDbChargeRepository.codec }),
  );
  const sandboxEnabled = config.PIX_SANDBOX_ENABLED ?? false;
  const pix: Pix = {
    keys: new DynamoDbKeyDirectory(table),
    keyConfirmations: new DynamoDbKeyConfirmations(table),
    keyCodes: sandboxEnabled ? new SandboxKeyCodeSender({ ...table, logger }) : new UnwiredKeyCodeSender(logger),
    charges,
    refusals: dynamoDbChargeRefusals(repository),
    transfers: new DynamoDbTransferRepository(repository),
    qrCodes: new QrCodeImages(platform.cache({ name: 'pix-qr', ttlSeconds: 3_600, codec: jsonCodec<string>() })),
    ids: new CryptoIdGenerator({ ispb: config.PIX_ISPB, randomInt }),
    clock: overrides.clock ?? systemClock,
    idempotency: new DynamoDbIdempotencyStore(table),
    metrics: prometheusPixMetrics(metrics.registry),
    settings: {
      merchantCity: config.PIX_MERCHANT_CITY,
      sandboxEnabled,
      keyConfirmation: {
        ttlMs: (config.PIX_KEY_CODE_TTL_SECONDS ?? 600) * 1000,
        maxAttempts: config.PIX_KEY_CODE_MAX_ATTEMPTS ?? 5,
        maxCodes: config.PIX_KEY_CODE_MAX_SENDS ?? 5,
      },
      institution: {
        name: config.PIX_INSTITUTION_NAME,
        document: config.PIX_INSTITUTION_CNPJ,
        ispb: config.PIX_ISPB,
        collectionKey: config.PIX_COLLECTION_KEY,
        customerId: INSTITUTION_PARTY_ID,
      },
    },
  };
  await registerInstitutionKey(pix);

  const processed = new DynamoDbProcessedEventStore(table);
  const failureRate = config.PIX_SETTLEMENT_FAILURE_RATE;
  const settlement: SettlementPolicy = {
    latencyMs: overrides.settlement?.latencyMs ?? config.PIX_SETTLEMENT_LATENCY_MS,
    failureFor: overrides.settlement?.failureFor ?? (() => (Math.random() < failureRate ? 'Refused by the central system (simulated)' : null)),
  };
  for (const consumer of pixConsumers(pix, settlement)) await platform.consume({ ...consumer, processed });
  // Every replica sweeps: the conditional write lets one record each expiry, so its event is emitted once.
  platform.startJob({ name: 'charge-expiry', intervalMs: overrides.expirySweepIntervalMs ?? 5_000, run: () => expireDueCharges(pix) });

  return platform.serveSubgraph(config, {
    schemaPath: resolve(__dirname, '..', 'src', 'graphql', 'schema.graphql'),
    resolvers,
    useCases: { pix },
    readiness: { dynamodb: tableAnswers(table) },
    closeStores: [async () => table.client.destroy()],
  });
}
