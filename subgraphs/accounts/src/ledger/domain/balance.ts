import { Money } from '@bank/kernel';
import { normalSideOf, type Account } from './account';

/** The four running totals an account keeps (TigerBeetle's model), summed over its shards. */
export interface Totals {
  readonly debitsPosted: Money;
  readonly creditsPosted: Money;
  readonly debitsPending: Money;
  readonly creditsPending: Money;
}

export interface Balance {
  readonly totals: Totals;
  /** On the account's normal side: credits − debits for a customer account, debits − credits for an asset. */
  readonly posted: Money;
  /** Reserved by holds that have not been resolved. */
  readonly held: Money;
  /** What a customer can still spend: posted − held + overdraft limit. Bank accounts have no limit. */
  readonly available: Money | null;
}

export function balanceOf(account: Account, totals: Totals): Balance {
  const creditNormal = normalSideOf(account) === 'credit';
  const posted = creditNormal ? totals.creditsPosted.subtract(totals.debitsPosted) : totals.debitsPosted.subtract(totals.creditsPosted);
  const held = creditNormal ? totals.debitsPending : totals.creditsPending;
  const available = account.kind === 'customer' ? posted.subtract(held).add(account.overdraftLimit) : null;
  return { totals, posted, held, available };
}
