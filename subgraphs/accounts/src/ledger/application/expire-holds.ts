import { expiry, expiryTransferId, balanceChanges, LedgerError, transferEvent, type PendingTransfer, type TransferId } from '../domain';
import type { LedgerContext } from './context';
import type { LedgerTransaction } from './ports';

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

/**
 * Within the caller's transaction: releases the hold if its time ran out, as the expiry job would
 * (the same void, under the same id), unless the job did already. false while the hold is in time.
 */
export async function releaseExpiredIn(tx: LedgerTransaction, pendingId: TransferId, now: Date): Promise<boolean> {
  const pending = await tx.findTransfer(pendingId);
  if (pending === null) throw new LedgerError('PENDING_NOT_FOUND', `No transfer ${pendingId}`, { subject: pendingId });
  if (pending.kind !== 'pending') throw new LedgerError('NOT_PENDING', `Transfer ${pendingId} is not a hold`, { subject: pendingId });
  if (now < pending.timeoutAt) return false;
  const id = expiryTransferId(pending.id);
  if ((await tx.findTransfer(id)) !== null) return true;
  const release = expiry(pending, id, now);
  const write = await tx.createTransfer(release, balanceChanges(release, pending.amount), [transferEvent(release)]);
  if (write.outcome === 'refused') throw new Error(`Releasing hold ${pending.id} was refused: ${write.refused} on ${write.accountId}`);
  return true;
}
