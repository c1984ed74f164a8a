import { Money } from '@bank/kernel';
import { LedgerError } from './errors';
import { parseAccountId, type AccountId } from './ids';

/** The bank's own ledger accounts, created by migration with fixed ids so that money always comes from somewhere. */
export const BANK_ACCOUNTS = {
  /** Reserves at the central bank: every Pix in or out settles against it. Asset. */
  centralBankSettlement: { id: 'bank:central-bank-settlement', normal: 'debit', shards: 32 },
  /** What the card network owes the bank or the bank owes it. Asset. */
  cardSettlement: { id: 'bank:card-settlement', normal: 'debit', shards: 8 },
  /** Principal lent to customers. Asset. */
  loanPortfolio: { id: 'bank:loan-portfolio', normal: 'debit', shards: 4 },
  /** Insurance premiums received. Revenue. */
  insurancePremiums: { id: 'bank:insurance-premiums', normal: 'credit', shards: 4 },
  /** Fees charged. Revenue. */
  feeIncome: { id: 'bank:fee-income', normal: 'credit', shards: 4 },
  /** Taxes withheld (IOF) until paid to the treasury. Liability. */
  taxesPayable: { id: 'bank:taxes-payable', normal: 'credit', shards: 4 },
  /** What customers owe the bank for a Pix the central system settled after its hold expired, uncovered by their accounts (docs/adr/0010). Asset. */
  pixReceivables: { id: 'bank:pix-receivables', normal: 'debit', shards: 1 },
} as const satisfies Record<string, { id: string; normal: NormalSide; shards: number }>;

export type BankAccountName = keyof typeof BANK_ACCOUNTS;
export type NormalSide = 'debit' | 'credit';

/**
 * A customer's deposit account is a liability of the bank: credit-normal, never below
 * −overdraftLimit. A bank account has no limit and may go negative by design; it is split into
 * `shards` balance rows so that no single row is locked by every transfer that touches it.
 */
export type Account = CustomerAccount | BankAccount;
export type CustomerAccount = {
  readonly kind: 'customer';
  readonly id: AccountId;
  readonly customerId: string;
  readonly overdraftLimit: Money;
  readonly openedAt: Date;
};
export type BankAccount = {
  readonly kind: 'bank';
  readonly id: AccountId;
  readonly name: BankAccountName;
  readonly normal: NormalSide;
  readonly shards: number;
  readonly openedAt: Date;
};

export interface OpenCustomerAccount {
  readonly id: AccountId;
  readonly customerId: string;
  readonly overdraftLimit: Money;
}

export const normalSideOf = (account: Account): NormalSide => (account.kind === 'bank' ? account.normal : 'credit');

const CUSTOMER_ID = /^\S{1,200}$/;

export function customerAccount({ id, customerId, overdraftLimit }: OpenCustomerAccount, openedAt: Date): CustomerAccount {
  parseAccountId(id, 'id');
  if (!CUSTOMER_ID.test(customerId)) throw new LedgerError('INVALID_ID', 'customerId must be 1 to 200 characters without spaces', { field: 'customerId' });
  if (overdraftLimit.isNegative()) throw new LedgerError('INVALID_OVERDRAFT_LIMIT', 'overdraftLimit must not be negative', { field: 'overdraftLimit' });
  return { kind: 'customer', id, customerId, overdraftLimit, openedAt };
}

/** Whether opening `request` again describes the account that exists (then it is returned, not refused). */
export const sameAccount = (existing: Account, request: OpenCustomerAccount): boolean =>
  existing.kind === 'customer' && existing.customerId === request.customerId && existing.overdraftLimit.equals(request.overdraftLimit);
