import { expiry, expiryTransferId, balanceChanges, transferEvent, type PendingTransfer } from '../domain';
import type { LedgerContext } from './context';

/**
 * Voids the holds whose time has run out, at most `limit` of them, each committed by itself.
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
  return store.autocommit(async (tx) => {
    const write = await tx.createTransfer(release, balanceChanges(release, pending.amount), [transferEvent(release)]);
    // Releasing only lowers pending totals: no guard refuses it, and the accounts exist since the hold does.
    if (write.outcome === 'refused') throw new Error(`Releasing hold ${pending.id} was refused: ${write.refused} on ${write.accountId}`);
    return write.outcome === 'created';
  });
}
