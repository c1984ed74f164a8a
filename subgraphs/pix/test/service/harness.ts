import { loadConfig } from '@bank/config';
import { EventBus, type CloudEvent } from '@bank/messaging';
import type { Principal } from '@bank/graphql';
import { customer, serviceTestEnv, subgraphClient, TEST_PRINCIPAL_SECRET, testEndpoints, testEventTrust } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import { pixEnv } from '../../src/config';
import { startPixService, type PixOverrides, type PixService } from '../../src/service';

/** A clock the test moves. */
export class TestClock {
  constructor(private current = new Date()) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface PixHarness {
  readonly service: PixService;
  readonly clock: TestClock;
  readonly exchange: string;
  /** Every event published on the test's exchange, in arrival order. */
  readonly events: CloudEvent[];
  readonly as: (principal: Principal) => ReturnType<ReturnType<typeof subgraphClient>['as']>;
  readonly bus: EventBus;
  readonly maria: Principal;
  readonly joao: Principal;
  stop(): Promise<void>;
}

export const MARIA_CPF = '52998224725';
export const JOAO_CPF = '11144477735';

/** The Pix subgraph in process, on its own table and exchange, and an observer of what it publishes. */
export async function startPix(overrides: PixOverrides = {}): Promise<PixHarness> {
  const env = serviceTestEnv('pix');
  const clock = new TestClock();
  const service = await startPixService(loadConfig(pixEnv, { ...env, PIX_SETTLEMENT_LATENCY_MS: '0' }), { clock, expirySweepIntervalMs: 100, ...overrides });
  const bus = await EventBus.connect({
    url: testEndpoints.rabbitmqUrl,
    exchange: env.EVENTS_EXCHANGE!,
    connectionName: 'pix-test-observer',
    logger: pino({ level: 'silent' }),
    registry: new Registry(),
    trust: testEventTrust(),
    queueType: 'classic',
  });
  const events: CloudEvent[] = [];
  await bus.subscribe({ exclusive: true, name: 'observer', bindings: ['#'], handler: async (event) => void events.push(event) });
  const client = subgraphClient(service.server.url, TEST_PRINCIPAL_SECRET);
  return {
    service,
    clock,
    exchange: env.EVENTS_EXCHANGE!,
    events,
    bus,
    as: (principal) => client.as(principal),
    maria: customer('c-maria', { name: 'Maria Silva', document: MARIA_CPF }),
    joao: customer('c-joao', { name: 'João Souza', document: JOAO_CPF }),
    stop: async () => {
      await bus.close();
      await service.stop();
    },
  };
}

export const ofType = (events: readonly CloudEvent[], type: string) => events.filter((event) => event.type === type);
