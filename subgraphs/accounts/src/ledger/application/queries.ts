import { balanceOf, LedgerError, type Account, type AccountId, type Balance, type Transfer, type TransferId } from '../domain';
import type { LedgerContext } from './context';
import type { HistoryEntry } from './ports';

const MAX_HISTORY_PAGE = 500;

export async function getAccount({ store }: LedgerContext, id: AccountId): Promise<Account> {
  const account = await store.findAccount(id);
  if (account === null) throw new LedgerError('ACCOUNT_NOT_FOUND', `No account ${id}`, { subject: id });
  return account;
}

export const findTransfer = ({ store }: LedgerContext, id: TransferId): Promise<Transfer | null> => store.findTransfer(id);

export async function getBalance(context: LedgerContext, id: AccountId): Promise<Balance> {
  const account = await getAccount(context, id);
  const totals = await context.store.totals(id);
  if (totals === null) throw new LedgerError('ACCOUNT_NOT_FOUND', `No account ${id}`, { subject: id });
  return balanceOf(account, totals);
}

/** The account's postings after position `after`, oldest first, each with the balance right after it. */
export async function getHistory(
  context: LedgerContext,
  id: AccountId,
  { after = null, limit = 100 }: { after?: bigint | null; limit?: number } = {},
): Promise<HistoryEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_PAGE) {
    throw new LedgerError('INVALID_PAGE', `limit must be from 1 to ${MAX_HISTORY_PAGE}`, { field: 'limit' });
  }
  await getAccount(context, id);
  return context.store.history(id, { after, limit });
}
