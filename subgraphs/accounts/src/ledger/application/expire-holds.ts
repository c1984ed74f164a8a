import { expiry, expiryTransferId, balanceChanges, transferEvent, type PendingTransfer } from '../domain';
import type { LedgerContext } from './context';

/**
 * Voids the holds whose time has run out, at most `limit` of them, each in its own transaction.
 * A hold posted or voided meanwhile is left as it is: a hold resolves exactly once. Returns how many
 * it voided.
 */
export async function expireHolds({ store, clock }: LedgerContext, limit = 100): Promise<number> {
  const now = clock.now();
  let voided = 0;
  for (const pending of await store.dueHolds(now, limit)) if (await expire(store, pending, now)) voided++;
  return voided;
}

async function expire(store: LedgerContext['store'], pending: PendingTransfer, now: Date): Promise<boolean> {
  const release = expiry(pending, expiryTransferId(pending.id), now);
  return store.transaction(async (tx) => {
    if ((await tx.insertTransfer(release)) !== 'inserted') return false;
    const refused = await tx.applyBalanceChanges(release, balanceChanges(release, pending.amount));
    // Releasing only lowers pending totals: no guard can refuse it, and the accounts exist since the hold does.
    if (refused !== null) throw new Error(`Releasing hold ${pending.id} was refused: ${refused.refused} on ${refused.accountId}`);
    await tx.record([transferEvent(release)]);
    return true;
  });
}
