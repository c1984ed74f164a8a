import { AccountCreditRequested, AccountDebitRequested, accountRequestTypes } from '@bank/contracts';
import { Money } from '@bank/kernel';
import { eventConsumer, type EventConsumer } from '@bank/platform';
import type { Accounts } from '../application/context';
import { creditCustomer, debitCustomer, type SettlementSide } from '../application/settlements/settle';

/** The consumers of one requester's credit and debit requests (`<source>.accounts.*-requested`), settled against its bank account. */
export const settlementConsumers = (source: string, side: SettlementSide, accounts: Accounts): readonly EventConsumer[] => [
  eventConsumer({
    name: `${source}-credits`,
    bindings: [accountRequestTypes.credit(source)],
    schema: AccountCreditRequested,
    handle: ({ amount, withheldTax, ...request }) =>
      creditCustomer(accounts, side, { ...request, amount: Money.parse(amount), withheldTax: withheldTax === null ? null : Money.parse(withheldTax) }),
  }),
  eventConsumer({
    name: `${source}-debits`,
    bindings: [accountRequestTypes.debit(source)],
    schema: AccountDebitRequested,
    handle: ({ amount, ...request }) => debitCustomer(accounts, side, { ...request, amount: Money.parse(amount) }),
  }),
];
