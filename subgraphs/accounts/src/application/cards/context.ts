import type { Clock } from '@bank/kernel';
import type { CheckingAccountStore } from '../ports';
import type { Ledger } from '../../ledger/application';
import type { CardStore, CardsUnitOfWork, CardVault, RevealLimiter } from './ports';

export interface CardSettings {
  /** The issuer's BIN: every PAN begins with it. */
  readonly bin: string;
  /** How long an uncaptured authorization holds the funds. */
  readonly holdExpirySeconds: number;
  /** Whether the sandbox card network (simulateCard*) answers: development and tests, never production. */
  readonly sandboxNetwork: boolean;
}

/** What the card use cases run with; wired in the composition root. */
export interface Cards {
  readonly cards: CardStore;
  readonly unit: CardsUnitOfWork;
  readonly vault: CardVault;
  readonly reveals: RevealLimiter;
  readonly ledger: Ledger;
  readonly accounts: CheckingAccountStore;
  readonly clock: Clock;
  readonly settings: CardSettings;
}
