import type { Money } from '@bank/kernel';
import { LedgerError } from './errors';
import { parseAccountId, parseTransferId, type AccountId, type TransferId } from './ids';

/** What a movement of money is, for statements: every flow that posts has its code. */
export const TRANSFER_CODES = ['deposit', 'withdrawal', 'transfer', 'pix', 'card', 'loan', 'insurance', 'fee', 'tax', 'adjustment'] as const;
export type TransferCode = (typeof TRANSFER_CODES)[number];

interface Movement {
  readonly debitAccountId: AccountId;
  readonly creditAccountId: AccountId;
  readonly amount: Money;
  readonly code: TransferCode;
  readonly description: string | null;
}

/** What a caller asks for. The id is the caller's, so a retry never moves money twice. */
export type TransferRequest =
  /** Posted at once. */
  | ({ readonly type: 'single'; readonly id: TransferId } & Movement)
  /** Reserves the amount until posted, voided, or `timeoutSeconds` have passed. */
  | ({ readonly type: 'hold'; readonly id: TransferId; readonly timeoutSeconds: number } & Movement)
  /** Posts a hold: `amount` (at most the held amount; all of it when null), the rest released. */
  | { readonly type: 'post'; readonly id: TransferId; readonly pendingId: TransferId; readonly amount: Money | null }
  /** Releases a hold. */
  | { readonly type: 'void'; readonly id: TransferId; readonly pendingId: TransferId };

interface Recorded extends Movement {
  readonly id: TransferId;
  /**
   * Picks the balance row of a sharded bank account: row `shardKey mod shards`. Derived from the
   * id, so a retry lands on the same row, and repeated by the post or void of a hold.
   */
  readonly shardKey: number;
  readonly createdAt: Date;
}

/** A transfer as the ledger keeps it: immutable once created. */
export type Transfer =
  | ({ readonly kind: 'single' } & Recorded)
  | ({ readonly kind: 'pending'; readonly timeoutAt: Date } & Recorded)
  /** `amount` is what was posted; the hold's debit, credit, code and shards are repeated. */
  | ({ readonly kind: 'post'; readonly pendingId: TransferId } & Recorded)
  /** `amount` is what was released: the whole hold. */
  | ({ readonly kind: 'void'; readonly pendingId: TransferId; readonly reason: VoidReason } & Recorded);

export type VoidReason = 'voided' | 'expired';
export type PendingTransfer = Extract<Transfer, { kind: 'pending' }>;

const MAX_DESCRIPTION = 140;
const MAX_TIMEOUT_SECONDS = 30 * 24 * 3600;
/** Far above any real transfer, and far below where sums of bigint cents could overflow. */
const MAX_AMOUNT_CENTS = 10n ** 15n;

export function assertValidAmount(amount: Money, field = 'amount'): void {
  if (!amount.isPositive() || amount.cents > MAX_AMOUNT_CENTS) {
    throw new LedgerError('INVALID_AMOUNT', `${field} must be greater than zero and at most ${MAX_AMOUNT_CENTS / 100n} reais`, { field });
  }
}

function assertValidMovement({ debitAccountId, creditAccountId, amount, code, description }: Movement): void {
  parseAccountId(debitAccountId, 'debitAccountId');
  parseAccountId(creditAccountId, 'creditAccountId');
  assertValidAmount(amount);
  if (debitAccountId === creditAccountId) throw new LedgerError('SAME_ACCOUNT', 'debitAccountId and creditAccountId must differ', { field: 'creditAccountId' });
  if (!TRANSFER_CODES.includes(code)) throw new LedgerError('INVALID_TEXT', `code must be one of ${TRANSFER_CODES.join(', ')}`, { field: 'code' });
  if (description !== null && (description.trim() === '' || description.length > MAX_DESCRIPTION)) {
    throw new LedgerError('INVALID_TEXT', `description must be 1 to ${MAX_DESCRIPTION} characters, or absent`, { field: 'description' });
  }
}

/** FNV-1a of the id: spreads transfers evenly over the shards of a bank account. */
export function shardKeyOf(id: TransferId): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return (hash >>> 0) & 0x7fffffff;
}

/** A new single-phase or pending transfer, once the request passed every rule that needs no stored state. */
export function newTransfer(request: Extract<TransferRequest, { type: 'single' | 'hold' }>, now: Date): Transfer {
  parseTransferId(request.id);
  assertValidMovement(request);
  const { id, debitAccountId, creditAccountId, amount, code, description } = request;
  const recorded: Recorded = { id, debitAccountId, creditAccountId, amount, code, description, shardKey: shardKeyOf(id), createdAt: now };
  if (request.type === 'single') return { kind: 'single', ...recorded };
  const { timeoutSeconds } = request;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    throw new LedgerError('INVALID_TIMEOUT', `timeoutSeconds must be a whole number from 1 to ${MAX_TIMEOUT_SECONDS}`, { field: 'timeoutSeconds' });
  }
  return { kind: 'pending', ...recorded, timeoutAt: new Date(now.getTime() + timeoutSeconds * 1000) };
}

/**
 * Posting or voiding `pending`. That it has not been resolved yet is for the store to enforce
 * (a unique index on the pending id), since only it sees concurrent resolutions.
 */
export function resolution(pending: Transfer, request: Extract<TransferRequest, { type: 'post' | 'void' }>, now: Date): Transfer {
  parseTransferId(request.id);
  if (pending.kind !== 'pending') throw new LedgerError('NOT_PENDING', `Transfer ${pending.id} is not a hold`, { subject: pending.id, field: 'pendingId' });
  if (now >= pending.timeoutAt)
    throw new LedgerError('PENDING_EXPIRED', `The hold ${pending.id} expired at ${pending.timeoutAt.toISOString()}`, { subject: pending.id });
  return resolve(pending, request, now, 'voided');
}

/** The void the ledger creates for a hold whose time ran out. */
export const expiry = (pending: PendingTransfer, id: TransferId, now: Date): Transfer =>
  resolve(pending, { type: 'void', id, pendingId: pending.id }, now, 'expired');

function resolve(pending: PendingTransfer, request: Extract<TransferRequest, { type: 'post' | 'void' }>, now: Date, reason: VoidReason): Transfer {
  const { debitAccountId, creditAccountId, code, description, shardKey } = pending;
  const common = { id: request.id, pendingId: pending.id, debitAccountId, creditAccountId, code, description, shardKey, createdAt: now };
  if (request.type === 'void') return { kind: 'void', ...common, amount: pending.amount, reason };
  const amount = request.amount ?? pending.amount;
  assertValidAmount(amount);
  if (amount.greaterThan(pending.amount)) {
    throw new LedgerError('POST_EXCEEDS_PENDING', `Cannot post ${amount.toString()} of a hold of ${pending.amount.toString()}`, {
      subject: pending.id,
      field: 'amount',
    });
  }
  return { kind: 'post', ...common, amount };
}

/**
 * Whether `request` asks for exactly what `existing` is (then creating it again returns it, not an
 * error). A post without an amount asks for the whole hold: `heldAmount`.
 */
export function sameTransfer(existing: Transfer, request: TransferRequest, heldAmount: Money | null = null): boolean {
  switch (request.type) {
    case 'single':
    case 'hold': {
      const sameMovement =
        existing.debitAccountId === request.debitAccountId &&
        existing.creditAccountId === request.creditAccountId &&
        existing.amount.equals(request.amount) &&
        existing.code === request.code &&
        existing.description === request.description;
      if (request.type === 'single') return existing.kind === 'single' && sameMovement;
      return existing.kind === 'pending' && sameMovement && existing.timeoutAt.getTime() - existing.createdAt.getTime() === request.timeoutSeconds * 1000;
    }
    case 'post': {
      const asked = request.amount ?? heldAmount;
      return existing.kind === 'post' && existing.pendingId === request.pendingId && asked !== null && existing.amount.equals(asked);
    }
    case 'void':
      return existing.kind === 'void' && existing.reason === 'voided' && existing.pendingId === request.pendingId;
  }
}
