import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef } from '../mappers';
import type { CheckingAccount } from '../../domain';
import type { Balance, ReconciliationReport } from '../../ledger';
import type { StatementLine, StatementCounterparty } from '../../application/ports';
import type { StatementPage } from '../../application/queries';
import type { SettledTransfer, Deposit } from '../../application/transfers';
import type { AccountsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, RFC 3339. */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number as a string, e.g. "1234.56". Never a float. */
  Decimal: { input: string; output: import('@bank/graphql').DecimalOutput; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A customer's account on the bank's ledger. */
export type Account = {
  readonly __typename?: 'Account';
  /** The account's balances. */
  readonly balance: AccountBalance;
  /** Why staff blocked the account; null unless BLOCKED. */
  readonly blockedReason?: Maybe<Scalars['String']['output']>;
  /** The branch (agência), always "0001". */
  readonly branch: Scalars['String']['output'];
  /** The customer who holds the account. */
  readonly customer: Customer;
  /** The account's id. */
  readonly id: Scalars['ID']['output'];
  /** The account number: digits, "-" and a modulus-11 check digit, e.g. "00000001-9". */
  readonly number: Scalars['String']['output'];
  /** When the account was opened. */
  readonly openedAt: Scalars['DateTime']['output'];
  /** How far below zero the posted balance may go, in BRL (a decimal string). */
  readonly overdraftLimit: Scalars['Decimal']['output'];
  /** Postings to the account, newest first, between from (inclusive) and to (exclusive). */
  readonly statement: StatementEntryConnection;
  /** Whether the account can send and receive. */
  readonly status: AccountStatus;
};


/** A customer's account on the bank's ledger. */
export type AccountStatementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What an account holds, in BRL decimal strings ("1234.56"). */
export type AccountBalance = {
  readonly __typename?: 'AccountBalance';
  /** What the customer can spend now: posted − held + overdraft limit. In BRL. */
  readonly available: Scalars['Decimal']['output'];
  /** Reserved by holds (e.g. card authorizations) not yet settled. In BRL. */
  readonly held: Scalars['Decimal']['output'];
  /** Settled money: credits − debits posted. Negative when overdrawn. In BRL. */
  readonly posted: Scalars['Decimal']['output'];
};

/** The kinds of account a customer can open. */
export type AccountKind =
  /** A checking account (conta corrente); one per customer. */
  | 'CHECKING';

/** Whether an account can move money. */
export type AccountStatus =
  /** Sends and receives. */
  | 'ACTIVE'
  /** Blocked by staff: receives, but cannot send. */
  | 'BLOCKED'
  /** Closed: neither sends nor receives. */
  | 'CLOSED';

/** What blockAccount and unblockAccount ask for. */
export type AccountStatusChangeInput = {
  /** The account. */
  readonly accountId: Scalars['ID']['input'];
  /** Why, for the record: 1 to 200 characters. */
  readonly reason: Scalars['String']['input'];
};

/** A transfer between two accounts of this bank, settled at once. */
export type AccountTransfer = {
  readonly __typename?: 'AccountTransfer';
  /** The amount moved, in BRL (a decimal string). */
  readonly amount: Scalars['Decimal']['output'];
  /** The description given; null when none. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The transfer's id: the reference on both statements. */
  readonly id: Scalars['ID']['output'];
  /** When it settled. */
  readonly settledAt: Scalars['DateTime']['output'];
  /** The branch credited. */
  readonly toBranch: Scalars['String']['output'];
  /** The name of the customer credited. */
  readonly toHolderName: Scalars['String']['output'];
  /** The account number credited. */
  readonly toNumber: Scalars['String']['output'];
};

/** What blockAccount returns. */
export type BlockAccountPayload = {
  readonly __typename?: 'BlockAccountPayload';
  /** The account, now BLOCKED. */
  readonly account: Account;
};

/** The other side of a statement entry. */
export type Counterparty = {
  readonly __typename?: 'Counterparty';
  /** The counterparty's bank. */
  readonly bank: Scalars['String']['output'];
  /** CPF or CNPJ with most digits hidden, e.g. "***.456.789-**". */
  readonly document: Scalars['String']['output'];
  /** The counterparty's name. */
  readonly name: Scalars['String']['output'];
};

/** A customer of the bank. */
export type Customer = {
  readonly __typename?: 'Customer';
  /** The customer's accounts, oldest first; null when the accounts service does not answer. */
  readonly accounts?: Maybe<ReadonlyArray<Account>>;
  /** The customer's id. */
  readonly id: Scalars['ID']['output'];
};

/** What exportStatement asks for. */
export type ExportStatementInput = {
  /** The account. */
  readonly accountId: Scalars['ID']['input'];
  /** The file format. */
  readonly format: StatementFormat;
  /** The first instant of the period (inclusive). */
  readonly from: Scalars['DateTime']['input'];
  /** The end of the period (exclusive); at most 366 days after from. */
  readonly to: Scalars['DateTime']['input'];
};

/** The ledger's reconciliation: total debits equal total credits and every account equals its transfers. */
export type LedgerHealth = {
  readonly __typename?: 'LedgerHealth';
  /** Whether the ledger is balanced. */
  readonly balanced: Scalars['Boolean']['output'];
  /** When the reconciliation ran. */
  readonly checkedAt: Scalars['DateTime']['output'];
  /** Σ posted credits over every account, in BRL (a decimal string). */
  readonly totalCredits: Scalars['Decimal']['output'];
  /** Σ posted debits over every account, in BRL (a decimal string). */
  readonly totalDebits: Scalars['Decimal']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Staff: the account can no longer send money; it still receives. */
  readonly blockAccount: BlockAccountPayload;
  /** Opens the caller's checking account in their name and document; a customer has one, so opening again returns it. */
  readonly openAccount: OpenAccountPayload;
  /** Sandbox only: money arriving from outside the bank, credited from the central-bank settlement account. */
  readonly simulateDeposit: SimulateDepositPayload;
  /** Moves money at once to another account of this bank. Not enough funds: UNPROCESSABLE with reason INSUFFICIENT_FUNDS, and nothing moves. */
  readonly transferBetweenAccounts: TransferBetweenAccountsPayload;
  /** Staff: the blocked account can send again. */
  readonly unblockAccount: UnblockAccountPayload;
};


export type MutationBlockAccountArgs = {
  input: AccountStatusChangeInput;
};


export type MutationOpenAccountArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: OpenAccountInput;
};


export type MutationSimulateDepositArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SimulateDepositInput;
};


export type MutationTransferBetweenAccountsArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: TransferBetweenAccountsInput;
};


export type MutationUnblockAccountArgs = {
  input: AccountStatusChangeInput;
};

/** What openAccount asks for. */
export type OpenAccountInput = {
  /** The kind of account: CHECKING. */
  readonly kind: AccountKind;
};

/** What openAccount returns. */
export type OpenAccountPayload = {
  readonly __typename?: 'OpenAccountPayload';
  /** The customer's account (the existing one when they have it already). */
  readonly account: Account;
};

/** Where a page of a connection is (Relay cursor connections): pages are read forward, with first and after. */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** Pass it as after to read the next page; null when the page is empty. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are items after this page. */
  readonly hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was read after an item (after was given). */
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page; null when the page is empty. */
  readonly startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  readonly __typename?: 'Query';
  /** An account: its holder and staff see it; NOT_FOUND for anyone else. */
  readonly account?: Maybe<Account>;
  /** The account's entry of one transfer (its reference); null when the transfer did not post to the account. For the holder and staff. */
  readonly accountStatementEntry?: Maybe<StatementEntry>;
  /** The account's entries over a period as a CSV or OFX file; for its holder and staff. */
  readonly exportStatement: StatementExport;
  /** Staff: reconciles the ledger now. */
  readonly ledgerHealth: LedgerHealth;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountStatementEntryArgs = {
  accountId: Scalars['ID']['input'];
  reference: Scalars['ID']['input'];
};


export type QueryExportStatementArgs = {
  input: ExportStatementInput;
};

/** What simulateDeposit asks for. */
export type SimulateDepositInput = {
  /** The account credited. */
  readonly accountId: Scalars['ID']['input'];
  /** BRL decimal string, above zero, at most two decimals ("100.00"). */
  readonly amount: Scalars['Decimal']['input'];
};

/** What simulateDeposit returns. */
export type SimulateDepositPayload = {
  readonly __typename?: 'SimulateDepositPayload';
  /** The account credited, with its new balance. */
  readonly account: Account;
  /** The amount deposited, in BRL (a decimal string). */
  readonly amount: Scalars['Decimal']['output'];
  /** The transfer's id, the entry's reference. */
  readonly reference: Scalars['ID']['output'];
};

/** One posting to an account. */
export type StatementEntry = {
  readonly __typename?: 'StatementEntry';
  /** Signed BRL decimal string: negative for money out ("-10.00"). */
  readonly amount: Scalars['Decimal']['output'];
  /** The posted balance right after it, in BRL (a decimal string). */
  readonly balanceAfter: Scalars['Decimal']['output'];
  /** The other side, when it is a customer of this bank; null for money from outside or from the bank itself. */
  readonly counterparty?: Maybe<Counterparty>;
  /** The description given by whoever moved the money; null when none. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The entry's id. */
  readonly id: Scalars['ID']['output'];
  /** What the entry is. */
  readonly kind: StatementEntryKind;
  /** When it was posted. */
  readonly postedAt: Scalars['DateTime']['output'];
  /** The id of the transfer that posted it, the same on both sides. */
  readonly reference: Scalars['ID']['output'];
};

/** A page of statement entries. */
export type StatementEntryConnection = {
  readonly __typename?: 'StatementEntryConnection';
  /** The entries with their cursors. */
  readonly edges: ReadonlyArray<StatementEntryEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** A statement entry with its cursor. */
export type StatementEntryEdge = {
  readonly __typename?: 'StatementEntryEdge';
  /** Pass it as after to read the entries that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The entry. */
  readonly node: StatementEntry;
};

/** What a statement entry is. */
export type StatementEntryKind =
  /** A correction by the bank. */
  | 'ADJUSTMENT'
  /** A card purchase. */
  | 'CARD_PURCHASE'
  /** A card purchase refunded. */
  | 'CARD_REFUND'
  /** Money deposited from outside the bank. */
  | 'DEPOSIT'
  /** A fee charged. */
  | 'FEE'
  /** An insurance claim paid out. */
  | 'INSURANCE_PAYOUT'
  /** An insurance premium paid. */
  | 'INSURANCE_PREMIUM'
  /** A loan credited to the account. */
  | 'LOAN_DISBURSEMENT'
  /** A loan installment paid. */
  | 'LOAN_PAYMENT'
  /** A Pix received. */
  | 'PIX_IN'
  /** A Pix sent. */
  | 'PIX_OUT'
  /** A tax withheld (e.g. IOF). */
  | 'TAX'
  /** A transfer received from another account of this bank. */
  | 'TRANSFER_IN'
  /** A transfer sent to another account of this bank. */
  | 'TRANSFER_OUT'
  /** Money withdrawn. */
  | 'WITHDRAWAL';

/** A statement as a file to download. */
export type StatementExport = {
  readonly __typename?: 'StatementExport';
  /** The file's text. */
  readonly content: Scalars['String']['output'];
  /** Its media type: text/csv or application/x-ofx. */
  readonly contentType: Scalars['String']['output'];
  /** A file name for it, e.g. "statement-0001-00000001-9-2026-03-01-2026-04-01.ofx". */
  readonly filename: Scalars['String']['output'];
};

/** The file formats of exportStatement. */
export type StatementFormat =
  /** Comma-separated values, one entry a line, for spreadsheets. */
  | 'CSV'
  /** Open Financial Exchange 1.0.2, for personal-finance tools. */
  | 'OFX';

/** What transferBetweenAccounts asks for. */
export type TransferBetweenAccountsInput = {
  /** BRL decimal string, above zero, at most two decimals ("25.50"). */
  readonly amount: Scalars['Decimal']['input'];
  /** Shown on both statements; at most 140 characters. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** The caller's account debited. */
  readonly fromAccountId: Scalars['ID']['input'];
  /** The branch of the account credited: "0001". */
  readonly toBranch: Scalars['String']['input'];
  /** The number of the account credited, with its check digit. */
  readonly toNumber: Scalars['String']['input'];
};

/** What transferBetweenAccounts returns. */
export type TransferBetweenAccountsPayload = {
  readonly __typename?: 'TransferBetweenAccountsPayload';
  /** The account debited, with its new balance. */
  readonly fromAccount: Account;
  /** The transfer, settled. */
  readonly transfer: AccountTransfer;
};

/** What unblockAccount returns. */
export type UnblockAccountPayload = {
  readonly __typename?: 'UnblockAccountPayload';
  /** The account, ACTIVE again. */
  readonly account: Account;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Account: Account;
  Customer: Customer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<CheckingAccount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountBalance: ResolverTypeWrapper<Balance>;
  AccountKind: AccountKind;
  AccountStatus: AccountStatus;
  AccountStatusChangeInput: AccountStatusChangeInput;
  AccountTransfer: ResolverTypeWrapper<SettledTransfer>;
  BlockAccountPayload: ResolverTypeWrapper<Omit<BlockAccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  Counterparty: ResolverTypeWrapper<StatementCounterparty>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExportStatementInput: ExportStatementInput;
  LedgerHealth: ResolverTypeWrapper<ReconciliationReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAccountInput: OpenAccountInput;
  OpenAccountPayload: ResolverTypeWrapper<Omit<OpenAccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SimulateDepositInput: SimulateDepositInput;
  SimulateDepositPayload: ResolverTypeWrapper<Deposit>;
  StatementEntry: ResolverTypeWrapper<StatementLine>;
  StatementEntryConnection: ResolverTypeWrapper<StatementPage>;
  StatementEntryEdge: ResolverTypeWrapper<StatementLine>;
  StatementEntryKind: StatementEntryKind;
  StatementExport: ResolverTypeWrapper<StatementExport>;
  StatementFormat: StatementFormat;
  TransferBetweenAccountsInput: TransferBetweenAccountsInput;
  TransferBetweenAccountsPayload: ResolverTypeWrapper<SettledTransfer>;
  UnblockAccountPayload: ResolverTypeWrapper<Omit<UnblockAccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: CheckingAccount;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccountBalance: Balance;
  AccountStatusChangeInput: AccountStatusChangeInput;
  AccountTransfer: SettledTransfer;
  BlockAccountPayload: Omit<BlockAccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  Counterparty: StatementCounterparty;
  Customer: CustomerRef;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExportStatementInput: ExportStatementInput;
  LedgerHealth: ReconciliationReport;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenAccountInput: OpenAccountInput;
  OpenAccountPayload: Omit<OpenAccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SimulateDepositInput: SimulateDepositInput;
  SimulateDepositPayload: Deposit;
  StatementEntry: StatementLine;
  StatementEntryConnection: StatementPage;
  StatementEntryEdge: StatementLine;
  StatementExport: StatementExport;
  TransferBetweenAccountsInput: TransferBetweenAccountsInput;
  TransferBetweenAccountsPayload: SettledTransfer;
  UnblockAccountPayload: Omit<UnblockAccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
}>;

export type AccountResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  balance?: Resolver<ResolversTypes['AccountBalance'], ParentType, ContextType>;
  blockedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdraftLimit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StatementEntryConnection'], ParentType, ContextType, RequireFields<AccountStatementArgs, 'first'>>;
  status?: Resolver<ResolversTypes['AccountStatus'], ParentType, ContextType>;
}>;

export type AccountBalanceResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AccountBalance'] = ResolversParentTypes['AccountBalance']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  posted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type AccountTransferResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['AccountTransfer'] = ResolversParentTypes['AccountTransfer']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  settledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  toBranch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toHolderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BlockAccountPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['BlockAccountPayload'] = ResolversParentTypes['BlockAccountPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type CounterpartyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Counterparty'] = ResolversParentTypes['Counterparty']> = ResolversObject<{
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Account']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type LedgerHealthResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['LedgerHealth'] = ResolversParentTypes['LedgerHealth']> = ResolversObject<{
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCredits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalDebits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  blockAccount?: Resolver<ResolversTypes['BlockAccountPayload'], ParentType, ContextType, RequireFields<MutationBlockAccountArgs, 'input'>>;
  openAccount?: Resolver<ResolversTypes['OpenAccountPayload'], ParentType, ContextType, RequireFields<MutationOpenAccountArgs, 'idempotencyKey' | 'input'>>;
  simulateDeposit?: Resolver<ResolversTypes['SimulateDepositPayload'], ParentType, ContextType, RequireFields<MutationSimulateDepositArgs, 'idempotencyKey' | 'input'>>;
  transferBetweenAccounts?: Resolver<ResolversTypes['TransferBetweenAccountsPayload'], ParentType, ContextType, RequireFields<MutationTransferBetweenAccountsArgs, 'idempotencyKey' | 'input'>>;
  unblockAccount?: Resolver<ResolversTypes['UnblockAccountPayload'], ParentType, ContextType, RequireFields<MutationUnblockAccountArgs, 'input'>>;
}>;

export type OpenAccountPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['OpenAccountPayload'] = ResolversParentTypes['OpenAccountPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accountStatementEntry?: Resolver<Maybe<ResolversTypes['StatementEntry']>, ParentType, ContextType, RequireFields<QueryAccountStatementEntryArgs, 'accountId' | 'reference'>>;
  exportStatement?: Resolver<ResolversTypes['StatementExport'], ParentType, ContextType, RequireFields<QueryExportStatementArgs, 'input'>>;
  ledgerHealth?: Resolver<ResolversTypes['LedgerHealth'], ParentType, ContextType>;
}>;

export type SimulateDepositPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SimulateDepositPayload'] = ResolversParentTypes['SimulateDepositPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StatementEntryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['StatementEntry'] = ResolversParentTypes['StatementEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  balanceAfter?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementEntryKind'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StatementEntryConnectionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['StatementEntryConnection'] = ResolversParentTypes['StatementEntryConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['StatementEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StatementEntryEdgeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['StatementEntryEdge'] = ResolversParentTypes['StatementEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatementEntry'], ParentType, ContextType>;
}>;

export type StatementExportResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['StatementExport'] = ResolversParentTypes['StatementExport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransferBetweenAccountsPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['TransferBetweenAccountsPayload'] = ResolversParentTypes['TransferBetweenAccountsPayload']> = ResolversObject<{
  fromAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  transfer?: Resolver<ResolversTypes['AccountTransfer'], ParentType, ContextType>;
}>;

export type UnblockAccountPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UnblockAccountPayload'] = ResolversParentTypes['UnblockAccountPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AccountsContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  AccountTransfer?: AccountTransferResolvers<ContextType>;
  BlockAccountPayload?: BlockAccountPayloadResolvers<ContextType>;
  Counterparty?: CounterpartyResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  LedgerHealth?: LedgerHealthResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpenAccountPayload?: OpenAccountPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SimulateDepositPayload?: SimulateDepositPayloadResolvers<ContextType>;
  StatementEntry?: StatementEntryResolvers<ContextType>;
  StatementEntryConnection?: StatementEntryConnectionResolvers<ContextType>;
  StatementEntryEdge?: StatementEntryEdgeResolvers<ContextType>;
  StatementExport?: StatementExportResolvers<ContextType>;
  TransferBetweenAccountsPayload?: TransferBetweenAccountsPayloadResolvers<ContextType>;
  UnblockAccountPayload?: UnblockAccountPayloadResolvers<ContextType>;
}>;

