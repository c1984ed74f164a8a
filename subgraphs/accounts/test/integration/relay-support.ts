import pino from 'pino';
import { Registry } from 'prom-client';
import { EventBus, type CloudEvent, OutboxRelay } from '@bank/messaging';
import { testEndpoints, uniqueName } from '@bank/testing';
import type { ConnectedLedger } from '../../src/ledger';

export interface RelayedEvents {
  readonly received: CloudEvent[];
  readonly relay: OutboxRelay;
  close(): Promise<void>;
}

/**
 * The platform relay publishing the ledger's outbox to an exchange of the test's own, and a
 * subscriber on it that collects every event it receives.
 */
export async function relayLedgerEvents(connected: ConnectedLedger, { start = true, publishTimeoutMs = 5_000 } = {}): Promise<RelayedEvents> {
  const logger = pino({ level: 'silent' });
  const bus = await EventBus.connect({
    url: testEndpoints.rabbitmqUrl,
    exchange: uniqueName('test.accounts.events'),
    connectionName: 'accounts-ledger-test',
    logger,
    registry: new Registry(),
    queueType: 'classic',
    // Signed as the accounts service, and verified as such by the subscriber: the events are accounts' own.
    trust: { kind: 'signed', producer: 'accounts', keys: { accounts: 'test-accounts-event-key-0123456789' } },
    publishTimeoutMs,
    // The queue outlives a broker restart (an exclusive one would miss what is published before it is declared again); gone a minute after the test.
    queueExpiresMs: 60_000,
    reconnectBackoff: { initialDelayMs: 100, maxDelayMs: 1_000 },
  });
  const received: CloudEvent[] = [];
  await bus.subscribe({
    queue: uniqueName('test.accounts.ledger-events'),
    bindings: ['accounts.#'],
    retryDelaysMs: [100],
    handler: async (event) => void received.push(event),
  });
  const relay = new OutboxRelay({ store: connected.outbox, publisher: bus.publisher(), logger, pollIntervalMs: 50, maxBackoffMs: 500 });
  if (start) {
    connected.afterCommit(() => relay.wake());
    relay.start();
  }
  return {
    received,
    relay,
    close: async () => {
      await relay.stop();
      await bus.close();
    },
  };
}
