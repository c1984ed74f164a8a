import type { Clock } from '@bank/kernel';
import type { Ledger } from '../ledger';
import type { Cards } from './cards/context';
import type { CheckingAccountStore } from './ports';

/** What the accounts use cases run with; wired in the composition root. */
export interface Accounts {
  readonly ledger: Ledger;
  readonly accounts: CheckingAccountStore;
  readonly clock: Clock;
  /** Whether simulateDeposit works (development; off in production unless enabled). */
  readonly sandboxEnabled: boolean;
  /** The cards module. */
  readonly cards: Cards;
}
