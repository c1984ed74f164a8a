import type { Loans } from '../../subgraphs/loans/src/application/context';
import { disbursementReference } from '../../subgraphs/loans/src/domain';
import { loanConsumers } from '../../subgraphs/loans/src/events/consumers';
import { consumerNamed, pixEventsFor, readBy } from './support';

/** Pix (producer) → loans (consumer): what Pix's domain publishes is what the loans consumers read. */
describe('contract: Pix events read by loans', () => {
  const consumers = loanConsumers({} as Loans);
  const reference = disbursementReference('loan-1', 1);
  const pix = pixEventsFor(reference);

  it('the charge consumers read created and paid charges', () => {
    expect(readBy(consumerNamed(consumers, 'charge-created'), pix.chargeCreated)).toEqual({ txid: pix.chargeCreated.data.txid, reference });
    expect(readBy(consumerNamed(consumers, 'charge-paid'), pix.chargePaid)).toEqual({
      txid: pix.chargePaid.data.txid,
      reference,
      paidAt: pix.chargePaid.data.paidAt,
    });
  });

  it('the refusal consumer reads a charge request Pix refused (issue 12)', () => {
    expect(readBy(consumerNamed(consumers, 'charge-refused'), pix.chargeRefused)).toEqual({ txid: pix.chargeRefused.data.txid, reference });
  });

  it('refuses data the contract does not allow', () => {
    expect(() => readBy(consumerNamed(consumers, 'charge-paid'), { ...pix.chargePaid, data: { ...pix.chargePaid.data, paidAt: 'yesterday' } })).toThrow(
      /paidAt/,
    );
  });
});
