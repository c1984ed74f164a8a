import { LedgerError, type AccountId } from '../domain';
import type { LedgerContext } from './context';

/**
 * Refuses every new debit of the customer account from now on (a block), or allows them again.
 * It waits for the debits in flight on the account, so none posts after it returns; credits, and
 * the posting or voiding of holds made before, still go through.
 */
export async function refuseDebits({ store }: LedgerContext, id: AccountId, refused: boolean): Promise<void> {
  const changed = await store.transaction((tx) => tx.refuseDebits(id, refused));
  if (!changed) throw new LedgerError('ACCOUNT_NOT_FOUND', `No customer account ${id}`, { subject: id });
}
