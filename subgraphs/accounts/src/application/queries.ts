import { badInput, type Stored } from '@bank/kernel';
import { visibleTo, type Principal } from '@bank/identity';
import type { CheckingAccount } from '../domain';
import { parseAccountId, type AccountId, type Balance } from '../ledger/domain';
import type { Accounts } from './context';
import type { StatementLine } from './ports';

/** The account when the principal holds it or is staff; NOT_FOUND otherwise, as for an id that does not exist. */
export async function findVisibleAccount({ accounts }: Accounts, principal: Principal, id: string): Promise<Stored<CheckingAccount>> {
  const accountId = parseVisibleId(id);
  return visibleTo(principal, accountId === null ? null : await accounts.get(accountId), (account) => account.customerId, `account ${id}`);
}

/** A customer's accounts, for them and for staff; nothing for anyone else. */
export async function accountsOf({ accounts }: Accounts, principal: Principal, customerId: string): Promise<Stored<CheckingAccount>[]> {
  const found = await accounts.byCustomer(customerId);
  return found.filter(() => principal.kind === 'authenticated' && (principal.id === customerId || principal.roles.includes('staff')));
}

export const balanceOfAccount = ({ ledger }: Accounts, account: CheckingAccount): Promise<Balance> => ledger.getBalance(account.id);

export interface StatementPage {
  readonly lines: readonly StatementLine[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

const MAX_PAGE = 100;

export interface StatementRequest {
  readonly first: number;
  readonly after: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
}

/** One page of the account's statement, newest first. */
export async function statementOf({ accounts }: Accounts, account: CheckingAccount, { first, after, from, to }: StatementRequest): Promise<StatementPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be from 1 to ${MAX_PAGE}`, 'first');
  if (from !== null && to !== null && from.getTime() >= to.getTime()) throw badInput('from must be before to', 'from');
  const position = after === null ? null : decodeCursor(after);
  const lines = await accounts.statement(account.id, { from, to, after: position, limit: first + 1 });
  return { lines: lines.slice(0, first), hasNextPage: lines.length > first, hasPreviousPage: position !== null };
}

/** The entry one transfer posted to the account, for its holder and staff (the gateway's accountActivity). */
export async function statementEntryOf(context: Accounts, principal: Principal, accountId: string, reference: string): Promise<StatementLine | null> {
  const account = await findVisibleAccount(context, principal, accountId);
  return context.accounts.statementLine(account.id, reference);
}

export const encodeCursor = (position: bigint): string => Buffer.from(`entry:${position}`).toString('base64url');

function decodeCursor(cursor: string): bigint {
  const match = /^entry:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (match === null) throw badInput('after is not a cursor of this statement', 'after');
  return BigInt(match[1] ?? '0');
}

function parseVisibleId(id: string): AccountId | null {
  try {
    return parseAccountId(id, 'id');
  } catch {
    return null;
  }
}
