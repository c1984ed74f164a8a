import type { Money } from '@bank/kernel';
import { settlementFailed, settlementPosted, type CheckingAccount, type SettlementDirection, type SettlementRequest } from '../../domain';
import { BANK_ACCOUNTS, isLedgerError, parseAccountId, type AccountId, type BankAccountName, type TransferCode, type TransferRequest } from '../../ledger';
import type { Accounts } from '../context';
import { settlementTransferIdOf } from '../ids';

/** The bank's side of a requester's settlements: the ledger account the money comes from or goes to, and the statement code. */
export interface SettlementSide {
  readonly bankAccount: BankAccountName;
  readonly code: TransferCode;
}

const bankAccountId = (name: BankAccountName): AccountId => parseAccountId(BANK_ACCOUNTS[name].id);

/**
 * The customer's checking account to settle with; null when there is none or it is closed, once the
 * failure is published. A customer with no account gets NO_CHECKING_ACCOUNT: the requester keeps the
 * money owed and retries once the account is opened.
 */
async function accountToSettle(context: Accounts, direction: SettlementDirection, request: SettlementRequest): Promise<CheckingAccount | null> {
  const [account] = await context.accounts.byCustomer(request.customerId);
  const reason = account === undefined ? 'NO_CHECKING_ACCOUNT' : account.status === 'CLOSED' ? 'ACCOUNT_CLOSED' : null;
  if (reason === null && account !== undefined) return account;
  await context.settlements.publish(settlementFailed(direction, request, reason ?? 'NO_CHECKING_ACCOUNT', context.clock.now()));
  return null;
}

/**
 * Credits the customer's account from the bank's, and pays `withheldTax` from the same bank account
 * to taxes payable, as linked transfers (both or neither), with the outcome in the same transaction. Transfer ids
 * derive from the reference, so a redelivered request moves nothing again and publishes the same outcome.
 */
export async function creditCustomer(
  context: Accounts,
  side: SettlementSide,
  request: SettlementRequest & { readonly withheldTax: Money | null },
): Promise<void> {
  const account = await accountToSettle(context, 'credit', request);
  if (account === null) return;
  const from = bankAccountId(side.bankAccount);
  const transfers: TransferRequest[] = [
    {
      type: 'single',
      id: settlementTransferIdOf(request.reference, 'credit'),
      debitAccountId: from,
      creditAccountId: account.id,
      amount: request.amount,
      code: side.code,
      description: request.description,
    },
  ];
  if (request.withheldTax !== null && request.withheldTax.isPositive()) {
    transfers.push({
      type: 'single',
      id: settlementTransferIdOf(request.reference, 'tax'),
      debitAccountId: from,
      creditAccountId: bankAccountId('taxesPayable'),
      amount: request.withheldTax,
      code: 'tax',
      description: `Tax withheld: ${request.description}`.slice(0, 140),
    });
  }
  await context.settlements.post(transfers, ([credit]) => {
    if (credit === undefined) throw new Error(`no credit posted for ${request.reference.id}`);
    return settlementPosted('credit', request, { accountId: account.id, transferId: credit.id, at: credit.createdAt });
  });
}

/**
 * Debits the customer's account to the bank's; a blocked account or one without the funds is
 * published as the failure (nothing moved), anything else is thrown for the consumer to retry.
 */
export async function debitCustomer(context: Accounts, side: SettlementSide, request: SettlementRequest): Promise<void> {
  const account = await accountToSettle(context, 'debit', request);
  if (account === null) return;
  try {
    const debit: TransferRequest = {
      type: 'single',
      id: settlementTransferIdOf(request.reference, 'debit'),
      debitAccountId: account.id,
      creditAccountId: bankAccountId(side.bankAccount),
      amount: request.amount,
      code: side.code,
      description: request.description,
    };
    await context.settlements.post([debit], ([posted]) => {
      if (posted === undefined) throw new Error(`no debit posted for ${request.reference.id}`);
      return settlementPosted('debit', request, { accountId: account.id, transferId: posted.id, at: posted.createdAt });
    });
  } catch (error) {
    const refused = isLedgerError(error, 'INSUFFICIENT_FUNDS') ? 'INSUFFICIENT_FUNDS' : isLedgerError(error, 'ACCOUNT_BLOCKED') ? 'ACCOUNT_BLOCKED' : null;
    if (refused === null) throw error;
    await context.settlements.publish(settlementFailed('debit', request, refused, context.clock.now()));
  }
}
