import { PIX_ORDER_SOURCE, PIX_PAYMENT_EVENTS, PixPaymentOrdered, type PixCreditRefused } from '@bank/contracts';
import type { Accounts } from '../../subgraphs/accounts/src/application/context';
import { pixConsumers as accountsConsumers } from '../../subgraphs/accounts/src/events/pix-consumers';
import type { Pix } from '../../subgraphs/pix/src/application/context';
import { pixConsumers } from '../../subgraphs/pix/src/events/consumers';
import { consumerNamed, pixEventsFor, readBy } from './support';

/** Pix (producer) ↔ accounts (consumer), both ways: the events of issue 14's payments. */
describe('contract: Pix payments between pix and accounts', () => {
  const consumers = accountsConsumers({} as Accounts);
  const pix = pixEventsFor({ source: PIX_ORDER_SOURCE, id: 'pix-order-1' });

  it('accounts reads every paid charge, and the outcome of its orders, with the fields issue 14 added filled in', () => {
    expect(readBy(consumerNamed(consumers, 'pix-charges-paid'), pix.chargePaid)).toMatchObject({ order: null, payerInstitution: null, amount: '150.00' });
    expect(readBy(consumerNamed(consumers, 'pix-orders-settled'), pix.transferSettled)).toMatchObject({
      reference: { source: PIX_ORDER_SOURCE, id: 'pix-order-1' },
      receiverInstitution: null,
    });
    expect(readBy(consumerNamed(consumers, 'pix-orders-failed'), pix.transferFailed)).toMatchObject({ reason: 'unknown Pix key', refusal: null });
  });

  it('pix reads the payment order accounts publishes', () => {
    const consumer = consumerNamed(pixConsumers({} as Pix, { latencyMs: 0, failureFor: () => null }), 'payment-orders');
    const order = {
      orderId: 'pix-order-1',
      accountId: 'checking-1',
      payer: { name: 'Ana Souza', document: '52998224725', customerId: 'c-ana' },
      target: { type: 'BR_CODE', brCode: '000201...' },
      amount: '30.00',
      description: null,
      orderedAt: '2026-03-10T15:00:00.000Z',
    } satisfies PixPaymentOrdered;
    const event = { type: 'accounts.pix.payment-ordered', subject: 'pix-order-1', occurredAt: new Date(), data: order };
    expect(readBy(consumer, event)).toEqual(order);
    expect(() => readBy(consumer, { ...event, data: { ...order, amount: '30' } })).toThrow(/amount/);
  });

  it('pix reads the credit accounts refused for a receiver without a checking account', () => {
    const consumer = consumerNamed(pixConsumers({} as Pix, { latencyMs: 0, failureFor: () => null }), 'order-credit-refusals');
    const refused = {
      orderId: 'pix-order-1',
      refusal: { code: 'UNPROCESSABLE', reason: 'RECEIVER_HAS_NO_ACCOUNT' },
      reason: 'no checking account',
    } satisfies PixCreditRefused;
    expect(readBy(consumer, { type: PIX_PAYMENT_EVENTS.creditRefused, subject: 'pix-order-1', occurredAt: new Date(), data: refused })).toEqual(refused);
  });
});
