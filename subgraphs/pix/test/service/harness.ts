import { loadConfig } from '@bank/platform';
import { EventBus, type CloudEvent } from '@bank/messaging';
import type { Principal } from '@bank/identity';
import { customer, startSubgraphHarness, testEndpoints, testEventTrust, type SubgraphHarness } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import { pixEnv } from '../../src/config';
import { pixConsumers } from '../../src/events/consumers';
import { startPixService, type PixOverrides, type PixService } from '../../src/service';

export interface PixHarness extends SubgraphHarness<PixService> {
  /** Every event published on the test's exchange, in arrival order. */
  readonly events: CloudEvent[];
  readonly bus: EventBus;
  readonly maria: Principal;
  readonly joao: Principal;
  stop(): Promise<void>;
}

export const MARIA_CPF = '52998224725';
export const JOAO_CPF = '11144477735';

/** The Pix subgraph in process, on its own table and exchange, and an observer of what it publishes. */
export async function startPix(overrides: PixOverrides = {}, env: Readonly<Record<string, string>> = {}): Promise<PixHarness> {
  const harness = await startSubgraphHarness({
    name: 'pix',
    env: { PIX_SETTLEMENT_LATENCY_MS: '0', ...env },
    start: (env, clock) => startPixService(loadConfig(pixEnv, env), { clock, expirySweepIntervalMs: 100, ...overrides }),
    consumers: (service) => pixConsumers(service.pix, { latencyMs: 0, failureFor: () => null }).map(({ name }) => name),
  });
  const bus = await EventBus.connect({
    url: testEndpoints.rabbitmqUrl,
    exchange: harness.exchange,
    connectionName: 'pix-test-observer',
    logger: pino({ level: 'silent' }),
    registry: new Registry(),
    trust: testEventTrust(),
    queueType: 'classic',
  });
  const events: CloudEvent[] = [];
  await bus.subscribe({ exclusive: true, name: 'observer', bindings: ['#'], handler: async (event) => void events.push(event) });
  return {
    ...harness,
    events,
    bus,
    maria: customer('c-maria', { name: 'Maria Silva', document: MARIA_CPF }),
    joao: customer('c-joao', { name: 'João Souza', document: JOAO_CPF }),
    stop: async () => {
      await bus.close();
      await harness.stop();
    },
  };
}

export const ofType = (events: readonly CloudEvent[], type: string) => events.filter((event) => event.type === type);
