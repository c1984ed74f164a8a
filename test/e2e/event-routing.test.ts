import { randomUUID } from 'node:crypto';
import { PIX_EVENTS } from '@bank/contracts';
import { cloudEvent, EventBus, routingKeyOf, type CloudEvent } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { eventually, testEndpoints, testEventTrust } from '@bank/testing';
import { Registry } from 'prom-client';
import { PayCheckoutChargeDocument, RegisterRandomKeyDocument } from '../../schema/operations/generated/graphql';
import { CreateMinimalChargeDocument } from './operations';
import { startStack, type Stack } from './stack';

const SHOP = { sub: 'c-routing-shop', name: 'Loja Roteada', document: '52998224725' };
const CHARGE_EVENTS = [PIX_EVENTS.chargeCreated, PIX_EVENTS.chargePaid] as const;

/** Events of these types each of the service's consumers has finished with (any outcome), read from its /metrics. */
async function consumed(metricsUrl: string, types: readonly string[]): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('messaging_events_consumed_total{') && types.some((type) => line.includes(`type="${type}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/**
 * Pix routes a request's outcome to its requester alone; a customer's checkout is nobody's request. A consumer
 * claims an event (its first store operation) only once delivered, so no delivery means no store work.
 */
describe('events reach only the services they are addressed to', () => {
  let stack: Stack;
  let bus: EventBus;
  const published: CloudEvent[] = [];

  beforeAll(async () => {
    stack = await startStack();
    bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange: stack.env.EVENTS_EXCHANGE!,
      connectionName: 'routing-probe',
      logger: createLogger({ service: 'routing-probe', level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust('pix'),
      queueType: 'classic',
    });
    await bus.subscribe({ exclusive: true, name: 'routing-probe', bindings: ['pix.#'], handler: async (event) => void published.push(event) });
  });
  afterAll(async () => {
    await bus.close();
    await stack.stop();
  });

  it('loans and insurance consume nothing of a customer checkout, and still get what is addressed to them', async () => {
    const key = (await stack.run(SHOP, RegisterRandomKeyDocument, {})).data?.registerPixKey.pixKey.key ?? '';
    const created = await stack.run(SHOP, CreateMinimalChargeDocument, { input: { key, amount: '10.00' }, idempotencyKey: randomUUID() });
    expect(created.errors).toBeUndefined();
    const txid = created.data?.createPixCharge.charge.txid ?? '';
    expect((await stack.run(SHOP, PayCheckoutChargeDocument, { input: { txid } })).errors).toBeUndefined();
    // Published, so routed: every queue bound to the checkout's routing keys holds its events by now.
    const checkout = await eventually(() => {
      const about = published.filter((event) => event.subject === txid);
      expect(about.map((event) => event.type)).toEqual(expect.arrayContaining([...CHARGE_EVENTS]));
      return about;
    });
    expect(checkout.map(routingKeyOf)).toEqual(checkout.map((event) => event.type));

    // Then one event of each type addressed to each service: once consumed, anything queued before it was too.
    const services = { loans: stack.loans.server.metricsUrl, insurance: stack.insurance.server.metricsUrl };
    for (const requester of Object.keys(services)) {
      for (const type of CHARGE_EVENTS)
        await bus.publisher().publish(cloudEvent({ source: '/subgraphs/pix', type, subject: `fence-${requester}`, requester, data: fence(requester) }));
    }
    for (const metricsUrl of Object.values(services)) {
      await eventually(() => expect(consumed(metricsUrl, CHARGE_EVENTS)).resolves.toBeGreaterThanOrEqual(CHARGE_EVENTS.length));
      await expect(consumed(metricsUrl, CHARGE_EVENTS)).resolves.toBe(CHARGE_EVENTS.length);
    }
  });
});

/** A charge event about nothing the service knows: consumed (and refused or ignored by its domain). */
const fence = (requester: string) => ({
  txid: `FENCE${requester.toUpperCase()}`.padEnd(25, '0'),
  endToEndId: 'E99999999202603071230fence000001',
  amount: '1.00',
  paidAt: new Date().toISOString(),
  reference: { source: requester, id: 'fence' },
});
