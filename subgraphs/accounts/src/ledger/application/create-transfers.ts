import { Money } from '@bank/kernel';
import { balanceChanges, LedgerError, newTransfer, resolution, sameTransfer, transferEvent, type Transfer, type TransferRequest } from '../domain';
import type { LedgerContext } from './context';
import type { LedgerTransaction, RefusedChange } from './ports';

/** The most transfers one linked batch may hold. */
export const MAX_LINKED_TRANSFERS = 100;

/**
 * Creates one transfer (see createLinkedTransfers). It makes one write, which commits by itself:
 * what it reads first (the hold it resolves) never changes.
 */
export function createTransfer({ store, clock }: LedgerContext, request: TransferRequest): Promise<Transfer> {
  const now = clock.now();
  return store.autocommit((tx) => createOne(tx, request, now));
}

/**
 * Creates the transfers in order, as one unit: all of them, or none and the first refusal is
 * thrown. A transfer whose id exists with the same fields is the existing one (nothing moves again);
 * with other fields it is a CONFLICT. A later transfer may post or void a hold made earlier in the batch.
 */
export async function createLinkedTransfers({ store, clock }: LedgerContext, requests: readonly TransferRequest[]): Promise<Transfer[]> {
  if (requests.length < 1 || requests.length > MAX_LINKED_TRANSFERS) {
    throw new LedgerError('INVALID_BATCH', `A batch holds 1 to ${MAX_LINKED_TRANSFERS} transfers`, { field: 'transfers' });
  }
  if (new Set(requests.map(({ id }) => id)).size !== requests.length)
    throw new LedgerError('INVALID_BATCH', 'The transfers of a batch need distinct ids', { field: 'transfers' });
  const now = clock.now();
  return store.transaction(async (tx) => {
    const created: Transfer[] = [];
    for (const request of requests) created.push(await createOne(tx, request, now));
    return created;
  });
}

/** Creates one transfer within `tx`, a transaction its caller holds (a module writing its own rows beside it). */
export async function createOne(tx: LedgerTransaction, request: TransferRequest, now: Date): Promise<Transfer> {
  if (request.type === 'single' || request.type === 'hold') return apply(tx, request, newTransfer(request, now), null);
  const pending = await tx.findTransfer(request.pendingId);
  if (pending === null) throw new LedgerError('PENDING_NOT_FOUND', `No transfer ${request.pendingId}`, { subject: request.pendingId, field: 'pendingId' });
  // A retry of a resolution that succeeded must find it even after the hold's time ran out.
  const existing = await tx.findTransfer(request.id);
  if (existing !== null) return existingOrConflict(existing, request, pending.amount);
  return apply(tx, request, resolution(pending, request, now), pending.amount);
}

async function apply(tx: LedgerTransaction, request: TransferRequest, transfer: Transfer, heldAmount: Money | null): Promise<Transfer> {
  const write = await tx.createTransfer(transfer, balanceChanges(transfer, heldAmount ?? Money.ZERO), [transferEvent(transfer)]);
  switch (write.outcome) {
    case 'created':
      return transfer;
    case 'exists': {
      const existing = await tx.findTransfer(transfer.id);
      if (existing === null) throw new Error(`Transfer ${transfer.id} was reported to exist but cannot be found`);
      return existingOrConflict(existing, request, heldAmount);
    }
    case 'already-resolved': {
      const { pendingId } = transfer as Extract<Transfer, { pendingId: unknown }>;
      throw new LedgerError('PENDING_ALREADY_RESOLVED', `The hold ${pendingId} was already posted or voided`, { subject: pendingId });
    }
    case 'refused':
      throw refusal(write);
  }
}

function existingOrConflict(existing: Transfer, request: TransferRequest, heldAmount: Money | null): Transfer {
  if (sameTransfer(existing, request, heldAmount)) return existing;
  throw new LedgerError('TRANSFER_EXISTS', `Transfer ${request.id} exists with other fields`, { subject: request.id, field: 'id' });
}

function refusal({ refused, accountId }: RefusedChange): LedgerError {
  return refused === 'ACCOUNT_NOT_FOUND'
    ? new LedgerError('ACCOUNT_NOT_FOUND', `No account ${accountId}`, { subject: accountId })
    : new LedgerError('INSUFFICIENT_FUNDS', `Account ${accountId} has not enough funds`, { subject: accountId });
}
