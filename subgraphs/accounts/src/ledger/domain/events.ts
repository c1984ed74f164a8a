import { ACCOUNTS_EVENTS, type AccountOpened, type TransferHeld, type TransferPosted, type TransferVoided } from '@bank/contracts';
import type { DomainEvent } from '@bank/kernel';
import type { CustomerAccount } from './account';
import type { Transfer } from './transfer';

export type LedgerEvent =
  | DomainEvent<typeof ACCOUNTS_EVENTS.accountOpened, AccountOpened>
  | DomainEvent<typeof ACCOUNTS_EVENTS.transferPosted, TransferPosted>
  | DomainEvent<typeof ACCOUNTS_EVENTS.transferHeld, TransferHeld>
  | DomainEvent<typeof ACCOUNTS_EVENTS.transferVoided, TransferVoided>;

export function accountOpened(account: CustomerAccount): LedgerEvent {
  return {
    type: ACCOUNTS_EVENTS.accountOpened,
    subject: account.id,
    occurredAt: account.openedAt,
    data: {
      accountId: account.id,
      customerId: account.customerId,
      overdraftLimit: account.overdraftLimit.toString(),
      openedAt: account.openedAt.toISOString(),
    },
  };
}

/** The event a newly created transfer records; its subject is the hold for a resolution, so a hold's events stay in order. */
export function transferEvent(transfer: Transfer): LedgerEvent {
  const { id, debitAccountId, creditAccountId, code, description, createdAt } = transfer;
  const amount = transfer.amount.toString();
  const at = createdAt.toISOString();
  switch (transfer.kind) {
    case 'single':
    case 'post': {
      const pendingId = transfer.kind === 'post' ? transfer.pendingId : null;
      return {
        type: ACCOUNTS_EVENTS.transferPosted,
        subject: pendingId ?? id,
        occurredAt: createdAt,
        data: { transferId: id, pendingId, debitAccountId, creditAccountId, amount, code, description, postedAt: at },
      };
    }
    case 'pending':
      return {
        type: ACCOUNTS_EVENTS.transferHeld,
        subject: id,
        occurredAt: createdAt,
        data: { transferId: id, debitAccountId, creditAccountId, amount, code, description, heldAt: at, timeoutAt: transfer.timeoutAt.toISOString() },
      };
    case 'void':
      return {
        type: ACCOUNTS_EVENTS.transferVoided,
        subject: transfer.pendingId,
        occurredAt: createdAt,
        data: { transferId: id, pendingId: transfer.pendingId, debitAccountId, creditAccountId, amount, reason: transfer.reason, voidedAt: at },
      };
  }
}
