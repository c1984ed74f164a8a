import type { EventConsumer } from '@bank/platform';
import type { Accounts } from '../application/context';
import { settlementConsumers } from './settlement-consumers';

/** Insurance asks: claim payouts, cancellation refunds and returned premiums credited from the premiums account; automatic debits of premiums to it. */
export const insuranceSettlementConsumers = (accounts: Accounts): readonly EventConsumer[] =>
  settlementConsumers('insurance', { bankAccount: 'insurancePremiums', code: 'insurance' }, accounts);
