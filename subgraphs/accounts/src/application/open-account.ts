import { badInput, Money } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { BRANCH, type CheckingAccount } from '../domain';
import type { Accounts } from './context';
import { checkingAccountIdOf, transferIdOf } from './ids';

export type AccountKind = 'CHECKING';

/**
 * Opens the customer's checking account, in their name and document (from the principal). A customer
 * has one: opening it again, with any key, returns it. The ledger account comes first, so a retry
 * after a crash in between completes the opening.
 */
export async function openAccount(
  { ledger, accounts }: Accounts,
  principal: AuthenticatedPrincipal,
  kind: AccountKind,
  idempotencyKey: string,
): Promise<CheckingAccount> {
  transferIdOf(principal.id, 'open', idempotencyKey);
  if (kind !== 'CHECKING') throw badInput('kind must be CHECKING', 'kind');
  const existing = await accounts.byCustomer(principal.id);
  if (existing[0] !== undefined) return existing[0];
  const id = checkingAccountIdOf(principal.id);
  const opened = await ledger.openCustomerAccount({ id, customerId: principal.id, overdraftLimit: Money.ZERO });
  return accounts.open({
    id,
    branch: BRANCH,
    customerId: principal.id,
    holderName: principal.name,
    holderDocument: principal.document,
    openedAt: opened.openedAt,
    status: 'ACTIVE',
  });
}
