import { Money, BusinessDate } from '@bank/kernel';
import {
  acceptOffer,
  analyseApplication,
  disbursementReference,
  openLoan,
  parseLoanRequest,
  recordDisbursement,
  requestCharge,
} from '../../subgraphs/loans/src/domain';
import type { Pix } from '../../subgraphs/pix/src/application/context';
import type { SettlementPolicy } from '../../subgraphs/pix/src/application/transfers';
import { pixConsumers } from '../../subgraphs/pix/src/events/consumers';
import { consumerNamed, readBy } from './support';

/** Loans (producer) → Pix (consumer): the charges the loan domain asks for are what Pix reads. */
describe('contract: Pix requests made by loans', () => {
  const consumers = pixConsumers({} as Pix, {} as SettlementPolicy);
  const at = new Date('2026-01-30T12:00:00Z');
  const request = parseLoanRequest({ principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyIncome: '3433.20', purpose: 'home repairs' });
  const opened = openLoan({ id: 'loan-1', customerId: 'customer-1', borrower: { name: 'Maria Silva', document: '52998224725' }, request, at }).state;
  const contracted = acceptOffer(analyseApplication(opened, at).state, { at });

  it('Pix reads the installment charge the loan asks for', () => {
    const active = recordDisbursement(contracted.state, { reference: disbursementReference('loan-1', 1), on: BusinessDate.of(2026, 1, 31), at }).state;
    const { events } = requestCharge(active, { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: BusinessDate.of(2026, 2, 10), at });
    const charge = events.find((event) => event.type === 'loans.pix.charge-requested')!;
    expect(readBy(consumerNamed(consumers, 'charge-requests'), charge)).toEqual(charge.data);
    expect(Money.parse((charge.data as { amount: string }).amount).isPositive()).toBe(true);
  });
});
