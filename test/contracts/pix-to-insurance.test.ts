import type { Insurance } from '../../subgraphs/insurance/src/application/context';
import { referenceOf } from '../../subgraphs/insurance/src/domain';
import type { ActivePolicyCount } from '../../subgraphs/insurance/src/application/ports';
import { insuranceConsumers } from '../../subgraphs/insurance/src/events/consumers';
import { consumerNamed, pixEventsFor, readBy } from './support';

/** Pix (producer) → insurance (consumer): what Pix's domain publishes is what the insurance consumers read. */
describe('contract: Pix events read by insurance', () => {
  const consumers = insuranceConsumers({} as Insurance, {} as ActivePolicyCount);

  it('premium payments and expiries read paid and expired charges', () => {
    const reference = referenceOf({ kind: 'premium', policyId: 'p-1', installment: 1 });
    const pix = pixEventsFor(reference);
    expect(readBy(consumerNamed(consumers, 'premium-payments'), pix.chargePaid)).toEqual({
      txid: pix.chargePaid.data.txid,
      amount: '150.00',
      paidAt: pix.chargePaid.data.paidAt,
      reference,
    });
    expect(readBy(consumerNamed(consumers, 'premium-expiries'), pix.chargeExpired)).toEqual({ reference });
  });

  it('refuses data the contract does not allow', () => {
    const pix = pixEventsFor(referenceOf({ kind: 'premium', policyId: 'p-1', installment: 1 }));
    expect(() => readBy(consumerNamed(consumers, 'premium-payments'), { ...pix.chargePaid, data: { ...pix.chargePaid.data, amount: 150 } })).toThrow(/amount/);
  });
});
