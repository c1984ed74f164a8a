import type { Clock } from '@bank/kernel';
import type { Ledger } from '../ledger/application';
import type { Cards } from './cards/context';
import type { PixPayments } from './pix/ports';
import type { CheckingAccountStore } from './ports';
import type { SettlementOutcomes } from './settlements/ports';

/** What the accounts use cases run with; wired in the composition root. */
export interface Accounts {
  readonly ledger: Ledger;
  readonly accounts: CheckingAccountStore;
  readonly clock: Clock;
  /** Outcomes of the credits and debits other subgraphs ask for. */
  readonly settlements: SettlementOutcomes;
  /** Whether simulateDeposit works (development; off in production unless enabled). */
  readonly sandboxEnabled: boolean;
  /** The cards module. */
  readonly cards: Cards;
  /** Pix from and into the accounts: orders, limits, receipts. */
  readonly pix: PixPayments;
}
