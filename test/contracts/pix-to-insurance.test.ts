import { PIX_EVENTS, PixChargeRefused } from '@bank/contracts';
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

  it('premium refusals read a charge request Pix refused, routed to insurance alone (issue 12)', () => {
    const reference = referenceOf({ kind: 'premium', policyId: 'p-1', installment: 1 });
    const { chargeRefused } = pixEventsFor(reference);
    expect(chargeRefused.type).toBe(PIX_EVENTS.chargeRefused);
    expect(PixChargeRefused.parse(chargeRefused.data)).toMatchObject({ reference, code: 'BAD_USER_INPUT', field: 'amount' });
    expect(readBy(consumerNamed(consumers, 'premium-refusals'), chargeRefused)).toEqual({ reference });
    const loans = pixEventsFor({ source: 'loans', id: 'loan-1/installment/1' }).chargeRefused;
    expect(() => readBy(consumerNamed(consumers, 'premium-refusals'), loans)).toThrow(/not bound to pix.charge.refused.loans/);
    expect(() =>
      readBy(consumerNamed(consumers, 'premium-refusals'), { ...chargeRefused, data: { ...chargeRefused.data, reference: { source: 'insurance' } } }),
    ).toThrow(/id/);
  });

  it('refuses data the contract does not allow', () => {
    const pix = pixEventsFor(referenceOf({ kind: 'premium', policyId: 'p-1', installment: 1 }));
    expect(() => readBy(consumerNamed(consumers, 'premium-payments'), { ...pix.chargePaid, data: { ...pix.chargePaid.data, amount: 150 } })).toThrow(/amount/);
  });
});
