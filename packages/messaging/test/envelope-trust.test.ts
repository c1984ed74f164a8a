import { eventually, uniqueName } from '@bank/testing';
import { cloudEvent, deadLetterQueueName, messageHeaders, type CloudEvent } from '../src';
import { BrokerAdmin, connectBus } from './support/broker';

const keys = { pix: 'pix-key-0123456789abcdef', loans: 'loans-key-0123456789abcdef' };
const paid = (source = '/subgraphs/pix'): CloudEvent => cloudEvent({ source, type: 'pix.charge.paid', subject: uniqueName('txid'), data: { amount: '10.00' } });

describe('signed envelopes', () => {
  let admin: BrokerAdmin;
  beforeAll(async () => {
    admin = await BrokerAdmin.connect();
  });
  afterAll(() => admin.close());

  it("delivers an event signed with its owner's key; a bus does not sign another producer's events", async () => {
    const pix = await connectBus({ trust: { kind: 'signed', producer: 'pix', keys } });
    const exchange = pix.exchange;
    const impostor = await connectBus({ exchange, trust: { kind: 'signed', producer: 'loans', keys } });
    const consumer = await connectBus({ exchange, trust: { kind: 'signed', keys } });
    const queue = uniqueName('test.trust');
    const received: string[] = [];
    try {
      await consumer.bus.subscribe({ queue, bindings: ['pix.#'], handler: async (event) => void received.push(event.subject) });
      const genuine = paid();
      await pix.bus.publisher().publish(genuine);
      await eventually(() => expect(received).toEqual([genuine.subject]));

      // A bus may only sign what its producer owns.
      await expect(impostor.bus.publisher().publish(paid())).rejects.toThrow(/loans may not publish pix.charge.paid/);
      expect(received).toEqual([genuine.subject]);
    } finally {
      for (const { bus } of [pix, impostor, consumer]) await bus.close();
      await admin.deleteSubscription(queue, [1000, 5000, 30000]);
      await admin.deleteExchange(exchange);
    }
  });

  it('dead-letters an event whose source is not the owner of its type, with the reason', async () => {
    const loansBus = await connectBus({ trust: { kind: 'unverified' } });
    const exchange = loansBus.exchange;
    const consumer = await connectBus({ exchange, trust: { kind: 'signed', keys } });
    const queue = uniqueName('test.trust');
    const received: string[] = [];
    try {
      await consumer.bus.subscribe({ queue, bindings: ['pix.#'], handler: async (event) => void received.push(event.subject) });
      await loansBus.bus.publisher().publish(paid('/subgraphs/loans'));
      const parked = await eventually(async () => admin.get(deadLetterQueueName(queue)));
      expect(parked.properties.headers?.[messageHeaders.deadLetterReason]).toBe('untrusted');
      expect(String(parked.properties.headers?.[messageHeaders.error])).toMatch(/source \/subgraphs\/loans is not \/subgraphs\/pix/);
      expect(received).toEqual([]);
    } finally {
      for (const { bus } of [loansBus, consumer]) await bus.close();
      await admin.deleteSubscription(queue, [1000, 5000, 30000]);
      await admin.deleteExchange(exchange);
    }
  });
});
