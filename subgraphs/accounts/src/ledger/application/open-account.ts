import { accountOpened, customerAccount, LedgerError, sameAccount, type Account, type OpenCustomerAccount } from '../domain';
import type { LedgerContext } from './context';

/**
 * Opens a customer's deposit account with the caller's id. Opening it again with the same fields
 * returns the account; with other fields it is a CONFLICT.
 */
export async function openCustomerAccount({ store, clock }: LedgerContext, request: OpenCustomerAccount): Promise<Account> {
  const account = customerAccount(request, clock.now());
  return store.transaction(async (tx) => {
    if (await tx.insertAccount(account)) {
      await tx.record([accountOpened(account)]);
      return account;
    }
    const existing = await tx.findAccount(request.id);
    if (existing !== null && sameAccount(existing, request)) return existing;
    throw new LedgerError('ACCOUNT_EXISTS', `Account ${request.id} exists with other fields`, { subject: request.id, field: 'id' });
  });
}
