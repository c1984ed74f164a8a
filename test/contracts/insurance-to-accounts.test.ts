import { Money } from '@bank/kernel';
import type { Accounts } from '../../subgraphs/accounts/src/application/context';
import { settlementFailed, settlementPosted } from '../../subgraphs/accounts/src/domain';
import { insuranceSettlementConsumers } from '../../subgraphs/accounts/src/events/insurance-settlements';
import type { Insurance } from '../../subgraphs/insurance/src/application/context';
import type { ActivePolicyCount } from '../../subgraphs/insurance/src/application/ports';
import { premiumAutoDebitOf, premiumAutoDebitReference, transferRequested } from '../../subgraphs/insurance/src/domain';
import { insuranceConsumers } from '../../subgraphs/insurance/src/events/consumers';
import { NOW } from '../../subgraphs/insurance/test/unit/fixtures';
import { consumerNamed, readBy } from './support';

const payout = transferRequested(
  { kind: 'payout', claimId: 'c-1', attempt: 1 },
  { subject: 'c-1', customerId: 'c-ana', amount: Money.parse('500.00'), description: 'Claim payout', at: NOW },
);

/** Insurance (producer) → accounts (consumer): the payouts and refunds insurance asks to credit are what accounts reads. */
describe('contract: credits asked by insurance, read by accounts', () => {
  it('accounts reads the payout credit', () => {
    expect(readBy(consumerNamed(insuranceSettlementConsumers({} as Accounts), 'insurance-credits'), payout)).toEqual(payout.data);
  });
});

/** Accounts (producer) → insurance (consumer): what the accounts domain answers is what the insurance consumers read. */
describe('contract: credit outcomes published by accounts, read by insurance', () => {
  const consumers = insuranceConsumers({} as Insurance, {} as ActivePolicyCount);
  const { reference } = payout.data;
  const settlement = { reference, customerId: 'c-ana', amount: Money.parse('500.00'), description: 'Claim payout' };

  it('reads a posted and a failed credit', () => {
    const posted = settlementPosted('credit', settlement, { accountId: 'checking-1', transferId: 'settlement-credit-1', at: NOW });
    expect(readBy(consumerNamed(consumers, 'transfer-settlements'), posted)).toEqual({ reference, settledAt: NOW.toISOString() });
    const failed = settlementFailed('credit', settlement, 'NO_CHECKING_ACCOUNT', NOW);
    expect(readBy(consumerNamed(consumers, 'transfer-failures'), failed)).toEqual({ reference, message: expect.stringContaining('no checking account') });
  });
});

/** Insurance (producer) ↔ accounts (consumer): the automatic debits of premiums and their outcomes. */
describe('contract: automatic premium debits', () => {
  const debit = {
    reference: premiumAutoDebitReference('AP1', 2),
    customerId: 'c-ana',
    amount: Money.parse('120.00'),
    description: 'Auto insurance AP1: installment 2 of 3',
  };

  it('accounts reads the debit insurance asks for, insurance reads its outcome', () => {
    const asked = {
      type: 'insurance.accounts.debit-requested',
      subject: 'AP1',
      occurredAt: NOW,
      data: { ...debit, amount: '120.00' },
    };
    expect(readBy(consumerNamed(insuranceSettlementConsumers({} as Accounts), 'insurance-debits'), asked)).toEqual(asked.data);
    const consumer = consumerNamed(insuranceConsumers({} as Insurance, {} as ActivePolicyCount), 'auto-debit-outcomes');
    const posted = settlementPosted('debit', debit, { accountId: 'checking-1', transferId: 'settlement-debit-1', at: NOW });
    expect(readBy(consumer, posted)).toEqual({ reference: debit.reference, settledAt: NOW.toISOString() });
    expect(readBy(consumer, settlementFailed('debit', debit, 'INSUFFICIENT_FUNDS', NOW))).toEqual({ reference: debit.reference, reason: 'INSUFFICIENT_FUNDS' });
    expect(premiumAutoDebitOf(debit.reference)).toEqual({ policyId: 'AP1', installment: 2 });
  });
});
