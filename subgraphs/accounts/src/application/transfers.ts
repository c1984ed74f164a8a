import { AppError, badInput, notFound, parseAmountFor, parseOptionalText } from '@bank/kernel';
import { ownedBy, visibleTo, type AuthenticatedPrincipal } from '@bank/identity';
import { assertCanReceive, assertCanSend, parseAccountNumber, parseBranch, type CheckingAccount } from '../domain';
import { BANK_ACCOUNTS, parseAccountId, type Transfer } from '../ledger';
import type { Accounts } from './context';
import { transferIdOf } from './ids';

export interface TransferBetweenAccountsCommand {
  readonly fromAccountId: string;
  readonly toBranch: string;
  readonly toNumber: string;
  readonly amount: string;
  readonly description?: string | null;
}

export interface SettledTransfer {
  readonly transfer: Transfer;
  readonly from: CheckingAccount;
  readonly to: CheckingAccount;
}

/**
 * Moves money at once from the caller's account to another account of this bank. Everything is
 * checked before the ledger is asked; the ledger then refuses, writing nothing, what would take the
 * account below its limit (UNPROCESSABLE, reason INSUFFICIENT_FUNDS).
 */
export async function transferBetweenAccounts(
  context: Accounts,
  principal: AuthenticatedPrincipal,
  command: TransferBetweenAccountsCommand,
  idempotencyKey: string,
): Promise<SettledTransfer> {
  const id = transferIdOf(principal.id, 'transfer', idempotencyKey);
  const amount = parseAmountFor('ACCOUNT_TRANSFER', command.amount);
  const description = parseOptionalText(command.description, 'description', 'description');
  const branch = parseBranch(command.toBranch);
  const number = parseAccountNumber(command.toNumber);
  const from = ownedBy(
    principal,
    await context.accounts.byId(parseAccountId(command.fromAccountId, 'fromAccountId')),
    (account) => account.customerId,
    `account ${command.fromAccountId}`,
  );
  const to = await context.accounts.byNumber(branch, number);
  if (to === null) throw notFound(`No account ${branch} ${number}`);
  if (to.id === from.id) throw badInput('the account to credit is the account to debit', 'toNumber');
  assertCanSend(from);
  assertCanReceive(to);
  const transfer = await context.ledger.createTransfer({
    type: 'single',
    id,
    debitAccountId: from.id,
    creditAccountId: to.id,
    amount,
    code: 'transfer',
    description,
  });
  return { transfer, from, to };
}

export interface Deposit {
  readonly transfer: Transfer;
  readonly account: CheckingAccount;
}

export interface SimulateDepositCommand {
  readonly accountId: string;
  readonly amount: string;
}

/** Sandbox only: money arriving from outside the bank, credited from the central-bank settlement account. */
export async function simulateDeposit(
  context: Accounts,
  principal: AuthenticatedPrincipal,
  command: SimulateDepositCommand,
  idempotencyKey: string,
): Promise<Deposit> {
  if (!context.sandboxEnabled) throw new AppError('UNPROCESSABLE', 'simulateDeposit is available in the sandbox only', { reason: 'SANDBOX_DISABLED' });
  const id = transferIdOf(principal.id, 'deposit', idempotencyKey);
  const amount = parseAmountFor('DEPOSIT', command.amount);
  const to = visibleTo(
    principal,
    await context.accounts.byId(parseAccountId(command.accountId, 'accountId')),
    (account) => account.customerId,
    `account ${command.accountId}`,
  );
  assertCanReceive(to);
  const transfer = await context.ledger.createTransfer({
    type: 'single',
    id,
    debitAccountId: parseAccountId(BANK_ACCOUNTS.centralBankSettlement.id),
    creditAccountId: to.id,
    amount,
    code: 'deposit',
    description: 'Simulated deposit',
  });
  return { transfer, account: to };
}
