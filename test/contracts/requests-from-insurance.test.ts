import { AUTO_DEBIT_OFF, Money } from '@bank/kernel';
import { chargeRequested, premiumCharge, type PolicyRecord } from '../../subgraphs/insurance/src/domain';
import type { Pix } from '../../subgraphs/pix/src/application/context';
import type { SettlementPolicy } from '../../subgraphs/pix/src/application/transfers';
import { pixConsumers } from '../../subgraphs/pix/src/events/consumers';
import { NOW, pendingPolicy } from '../../subgraphs/insurance/test/unit/fixtures';
import { consumerNamed, readBy } from './support';

/** Insurance (producer) → Pix (consumer): the premium charges insurance asks for are what Pix reads. */
describe('contract: Pix requests made by insurance', () => {
  const consumers = pixConsumers({} as Pix, {} as SettlementPolicy);
  const policy = pendingPolicy();
  const record: PolicyRecord = {
    policy,
    holder: { customerId: 'c-ana', name: 'Ana Souza', document: '52998224725' },
    premiumCharges: [],
    returnedPayments: [],
    autoDebit: AUTO_DEBIT_OFF,
  };

  it('Pix reads the premium charge', () => {
    const event = chargeRequested(record, premiumCharge(policy.id, 1, Money.parse('1234.56'), NOW));
    expect(readBy(consumerNamed(consumers, 'charge-requests'), event)).toEqual(event.data);
  });
});
