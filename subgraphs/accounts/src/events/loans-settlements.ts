import type { EventConsumer } from '@bank/platform';
import type { Accounts } from '../application/context';
import { settlementConsumers } from './settlement-consumers';

/** Loans asks: disbursements (net of the IOF withheld, paid to taxes payable) and returned payments credited from the loan portfolio; automatic debits of installments to it. */
export const loansSettlementConsumers = (accounts: Accounts): readonly EventConsumer[] =>
  settlementConsumers('loans', { bankAccount: 'loanPortfolio', code: 'loan' }, accounts);
