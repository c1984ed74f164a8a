import { Money } from '@bank/kernel';
import type { Accounts } from '../../subgraphs/accounts/src/application/context';
import { settlementFailed, settlementPosted } from '../../subgraphs/accounts/src/domain';
import { loansSettlementConsumers } from '../../subgraphs/accounts/src/events/loans-settlements';
import type { Loans } from '../../subgraphs/loans/src/application/context';
import { acceptOffer, analyseApplication, openLoan, parseLoanRequest } from '../../subgraphs/loans/src/domain';
import { loanConsumers } from '../../subgraphs/loans/src/events/consumers';
import { consumerNamed, readBy } from './support';

const at = new Date('2026-01-30T12:00:00Z');
const request = parseLoanRequest({ principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyIncome: '3433.20', purpose: 'home repairs' });
const opened = openLoan({ id: 'loan-1', customerId: 'customer-1', borrower: { name: 'Maria Silva', document: '52998224725' }, request, at }).state;
const contracted = acceptOffer(analyseApplication(opened, at).state, { at });
const credit = contracted.events.find((event) => event.type === 'loans.accounts.credit-requested')!;

/** Loans (producer) → accounts (consumer): the disbursement credit the loan domain asks for is what accounts reads. */
describe('contract: credits asked by loans, read by accounts', () => {
  const consumers = loansSettlementConsumers({} as Accounts);

  it('accounts reads the disbursement credit, net of the IOF it withholds', () => {
    const read = readBy(consumerNamed(consumers, 'loans-credits'), credit) as { amount: string; withheldTax: string };
    expect(read).toEqual(credit.data);
    expect(Money.parse(read.amount).add(Money.parse(read.withheldTax)).equals(request.principal)).toBe(true);
  });
});

/** Accounts (producer) → loans (consumer): what the accounts domain answers is what the loans consumer reads. */
describe('contract: credit outcomes published by accounts, read by loans', () => {
  const consumer = consumerNamed(loanConsumers({} as Loans), 'disbursement-outcomes');
  const { reference, customerId } = credit.data as { reference: { source: string; id: string }; customerId: string };
  const settlement = { reference, customerId, amount: Money.parse('992.62'), description: 'Loan disbursement' };

  it('reads a posted and a failed credit', () => {
    const posted = settlementPosted('credit', settlement, { accountId: 'checking-1', transferId: 'settlement-credit-1', at });
    expect(readBy(consumer, posted)).toEqual({ reference, settledAt: at.toISOString() });
    const failed = settlementFailed('credit', settlement, 'NO_CHECKING_ACCOUNT', at);
    expect(readBy(consumer, failed)).toEqual({ reference, message: expect.stringContaining('no checking account') });
  });
});
