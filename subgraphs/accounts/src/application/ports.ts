import type { AggregateStore, Money, Stored } from '@bank/kernel';
import type { CheckingAccount, StatementKind } from '../domain';
import type { AccountId, TransferId } from '../ledger/domain';

/** A page of a statement, newest first: `after` is the position of the last line seen. */
export interface StatementQuery {
  readonly from: Date | null;
  /** Exclusive. */
  readonly to: Date | null;
  readonly after: bigint | null;
  readonly limit: number;
}

/** The other side of a statement line, when it is a customer of this bank. */
export interface StatementCounterparty {
  readonly name: string;
  /** CPF or CNPJ, bare: the API masks it. */
  readonly document: string;
  readonly bank: string;
}

export interface StatementLine {
  readonly position: bigint;
  readonly transferId: TransferId;
  readonly postedAt: Date;
  /** Signed: negative for money out. */
  readonly amount: Money;
  readonly balanceAfter: Money;
  readonly description: string | null;
  readonly kind: StatementKind;
  readonly counterparty: StatementCounterparty | null;
}

/** The checking accounts: who holds each ledger account, its number and status. */
/** Checking accounts, one aggregate each (get, getMany, save with the version read), and what the ledger knows of them. */
export interface CheckingAccountStore extends AggregateStore<CheckingAccount> {
  /**
   * Records the customer's checking account with the next account number, unless the customer has
   * one already: either way, returns the customer's account.
   */
  open(account: Omit<CheckingAccount, 'number' | 'status'> & { readonly status: 'ACTIVE' }): Promise<Stored<CheckingAccount>>;
  byCustomer(customerId: string): Promise<Stored<CheckingAccount>[]>;
  byNumber(branch: string, number: string): Promise<Stored<CheckingAccount> | null>;
  statement(id: AccountId, query: StatementQuery): Promise<StatementLine[]>;
  /** The account's line of one transfer, null when it did not post to the account. */
  statementLine(id: AccountId, transferId: string): Promise<StatementLine | null>;
}
