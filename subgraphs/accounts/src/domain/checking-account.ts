import { unprocessable } from '@bank/kernel';
import type { AccountId } from '../ledger/domain';

/** Why an account may not send money: it is blocked (it still receives) or closed. */
export type AccountStatus = 'ACTIVE' | 'BLOCKED' | 'CLOSED';

interface Holder {
  readonly customerId: string;
  readonly holderName: string;
  /** CPF or CNPJ, bare. */
  readonly holderDocument: string;
}

interface Opened extends Holder {
  readonly id: AccountId;
  readonly branch: string;
  readonly number: string;
  readonly openedAt: Date;
}

/** A customer's checking account: its ledger account has the same id. */
export type CheckingAccount =
  | (Opened & { readonly status: 'ACTIVE' })
  | (Opened & { readonly status: 'BLOCKED'; readonly blockedReason: string; readonly blockedAt: Date })
  | (Opened & { readonly status: 'CLOSED'; readonly closedAt: Date });

/**
 * Refuses to send from a closed account. A blocked one is refused by the ledger, in the statement
 * that would debit it (reason ACCOUNT_BLOCKED), so that no debit races a block.
 */
export function assertCanSend(account: CheckingAccount): void {
  if (account.status === 'CLOSED') throw unprocessable(`account ${account.branch} ${account.number} is closed: it cannot send money`);
}

/** Refuses to credit a closed account; a blocked one still receives. */
export function assertCanReceive(account: CheckingAccount): void {
  if (account.status === 'CLOSED') throw unprocessable(`account ${account.branch} ${account.number} is closed`);
}

export function block(account: CheckingAccount, reason: string, at: Date): CheckingAccount {
  if (account.status === 'CLOSED') throw unprocessable('a closed account cannot be blocked');
  return { ...openedPart(account), status: 'BLOCKED', blockedReason: reason, blockedAt: at };
}

export function unblock(account: CheckingAccount): CheckingAccount {
  if (account.status !== 'BLOCKED') throw unprocessable(`the account is ${account.status.toLowerCase()}, not blocked`);
  return { ...openedPart(account), status: 'ACTIVE' };
}

const openedPart = ({ id, branch, number, customerId, holderName, holderDocument, openedAt }: CheckingAccount): Opened => ({
  id,
  branch,
  number,
  customerId,
  holderName,
  holderDocument,
  openedAt,
});

/** A document as a statement shows someone else's: the middle digits only, e.g. "***.456.789-**". */
export function maskDocument(document: string): string {
  if (document.length === 11) return `***.${document.slice(3, 6)}.${document.slice(6, 9)}-**`;
  if (document.length === 14) return `**.${document.slice(2, 5)}.${document.slice(5, 8)}/${document.slice(8, 12)}-**`;
  return '***';
}
