import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef as CustomerRefModel, Rejection as RejectionModel, DisbursementFailure as DisbursementFailureModel, InstallmentView as InstallmentViewModel } from '../mappers';
import type { ChargeRef as ChargeRefModel } from '../../application/charges';
import type { StoredLoan as StoredLoanModel } from '../../application/ports';
import type { LoanSimulation as LoanSimulationModel, Installment as InstallmentModel, Cet as CetModel, LoanOffer as LoanOfferModel, Disbursement as DisbursementModel, Settlement as SettlementModel, PayoffLine as PayoffLineModel } from '../../domain';
import type { LoanPayoffQuote as LoanPayoffQuoteModel } from '../../application/queries';
import type { LoansContext } from '../context';
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
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: import('@bank/graphql').DateOutput; }
  /** An instant, RFC 3339. */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number as a string, e.g. "1234.56". Never a float. */
  Decimal: { input: string; output: import('@bank/graphql').DecimalOutput; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** What acceptLoanOffer asks for. */
export type AcceptLoanOfferInput = {
  /** The caller's APPROVED loan. */
  readonly loanId: Scalars['ID']['input'];
};

/** What acceptLoanOffer returns. */
export type AcceptLoanOfferPayload = {
  readonly __typename?: 'AcceptLoanOfferPayload';
  /** The loan, CONTRACTED. */
  readonly loan: Loan;
};

export type AmortizationSystem =
  /** French system: a fixed installment. */
  | 'PRICE'
  /** Constant amortization: decreasing installments. */
  | 'SAC';

export type Customer = {
  readonly __typename?: 'Customer';
  readonly id: Scalars['ID']['output'];
  /** The customer's loans, newest first; only those in `status` when given. */
  readonly loans: ReadonlyArray<Loan>;
};


export type CustomerLoansArgs = {
  status?: InputMaybe<LoanStatus>;
};

export type Loan = {
  readonly __typename?: 'Loan';
  readonly contractedAt?: Maybe<Scalars['DateTime']['output']>;
  readonly customer: Customer;
  /** Once the money reached the borrower. */
  readonly disbursement?: Maybe<LoanDisbursement>;
  /** Why the last disbursement transfer failed, while DISBURSEMENT_FAILED. */
  readonly disbursementFailure?: Maybe<LoanDisbursementFailure>;
  readonly id: Scalars['ID']['output'];
  /** The table fixed from the disbursement date; empty before. */
  readonly installments: ReadonlyArray<LoanInstallment>;
  readonly monthlyIncome: Scalars['Decimal']['output'];
  /** The credit analysis's offer, once approved. */
  readonly offer?: Maybe<LoanOffer>;
  readonly principal: Scalars['Decimal']['output'];
  readonly purpose: Scalars['String']['output'];
  readonly rejection?: Maybe<LoanRejection>;
  readonly requestedAt: Scalars['DateTime']['output'];
  /** Payments of charges that could no longer apply (installment already paid, loan already settled), sent back to the borrower's Pix key; oldest first. */
  readonly returnedPayments: ReadonlyArray<LoanReturnedPayment>;
  readonly settlement?: Maybe<LoanSettlement>;
  readonly status: LoanStatus;
  readonly system: AmortizationSystem;
  readonly termMonths: Scalars['Int']['output'];
};

/** Custo efetivo total (CMN Resolution 3.517/2007) on the amount released, in percent with 4 decimals. */
export type LoanCet = {
  readonly __typename?: 'LoanCet';
  readonly annual: Scalars['Decimal']['output'];
  readonly monthly: Scalars['Decimal']['output'];
};

export type LoanDisbursement = {
  readonly __typename?: 'LoanDisbursement';
  readonly cet: LoanCet;
  readonly disbursedAt: Scalars['DateTime']['output'];
  readonly disbursedOn: Scalars['Date']['output'];
  readonly iof: Scalars['Decimal']['output'];
  readonly releasedAmount: Scalars['Decimal']['output'];
};

export type LoanDisbursementFailure = {
  readonly __typename?: 'LoanDisbursementFailure';
  readonly failedAt: Scalars['DateTime']['output'];
  readonly reason: Scalars['String']['output'];
};

export type LoanInstallment = {
  readonly __typename?: 'LoanInstallment';
  readonly amortization: Scalars['Decimal']['output'];
  /** What pays it today: the payment, plus the fine and moratory interest when overdue. Null once paid. */
  readonly amountDue?: Maybe<Scalars['Decimal']['output']>;
  readonly balance: Scalars['Decimal']['output'];
  /** The Pix charge that paid it, else the latest one requested for it. */
  readonly charge?: Maybe<PixCharge>;
  readonly dueDate: Scalars['Date']['output'];
  readonly interest: Scalars['Decimal']['output'];
  readonly number: Scalars['Int']['output'];
  readonly paidAmount?: Maybe<Scalars['Decimal']['output']>;
  readonly paidOn?: Maybe<Scalars['Date']['output']>;
  readonly payment: Scalars['Decimal']['output'];
  readonly status: LoanInstallmentStatus;
};

export type LoanInstallmentStatus =
  /** Unpaid past its due date: owes a fine and moratory interest. */
  | 'OVERDUE'
  | 'PAID'
  | 'PENDING';

export type LoanOffer = {
  readonly __typename?: 'LoanOffer';
  readonly decidedAt: Scalars['DateTime']['output'];
  /** The installment as a percentage of the monthly income. */
  readonly incomeSharePercent: Scalars['Decimal']['output'];
  /** The largest installment at that rate. */
  readonly installment: Scalars['Decimal']['output'];
  /** Percent a month. */
  readonly monthlyRate: Scalars['Decimal']['output'];
};

export type LoanPayoffLine = {
  readonly __typename?: 'LoanPayoffLine';
  readonly amount: Scalars['Decimal']['output'];
  readonly dueDate: Scalars['Date']['output'];
  readonly number: Scalars['Int']['output'];
  readonly payment: Scalars['Decimal']['output'];
  readonly status: LoanInstallmentStatus;
};

/** What settles an active loan on a date: future installments discounted at the contract rate (CDC art. 52 §2), overdue ones with their late charges. */
export type LoanPayoffQuote = {
  readonly __typename?: 'LoanPayoffQuote';
  readonly amount: Scalars['Decimal']['output'];
  readonly date: Scalars['Date']['output'];
  /** scheduled − amount (negative when late charges outweigh the discount). */
  readonly discount: Scalars['Decimal']['output'];
  readonly lines: ReadonlyArray<LoanPayoffLine>;
  readonly loanId: Scalars['ID']['output'];
  /** The unpaid installments as scheduled. */
  readonly scheduled: Scalars['Decimal']['output'];
};

export type LoanRejection = {
  readonly __typename?: 'LoanRejection';
  readonly decidedAt: Scalars['DateTime']['output'];
  readonly reason: Scalars['String']['output'];
};

export type LoanReturnedPayment = {
  readonly __typename?: 'LoanReturnedPayment';
  readonly amount: Scalars['Decimal']['output'];
  /** The charge that was paid. */
  readonly charge: PixCharge;
  /** Why the payment could not be applied. */
  readonly reason: Scalars['String']['output'];
  readonly returnedAt: Scalars['DateTime']['output'];
};

export type LoanScheduleRow = {
  readonly __typename?: 'LoanScheduleRow';
  readonly amortization: Scalars['Decimal']['output'];
  /** Balance after this installment. */
  readonly balance: Scalars['Decimal']['output'];
  readonly dueDate: Scalars['Date']['output'];
  readonly interest: Scalars['Decimal']['output'];
  readonly number: Scalars['Int']['output'];
  readonly payment: Scalars['Decimal']['output'];
};

export type LoanSettlement = {
  readonly __typename?: 'LoanSettlement';
  readonly by: LoanSettlementKind;
  /** What the early payoff cost; null when the last installment settled the loan. */
  readonly payoffAmount?: Maybe<Scalars['Decimal']['output']>;
  readonly settledOn: Scalars['Date']['output'];
};

export type LoanSettlementKind =
  | 'LAST_INSTALLMENT'
  | 'PAYOFF';

/** An amortization table, rounded to the cent step by step (ABNT NBR 5891), the last installment closing the balance. */
export type LoanSimulation = {
  readonly __typename?: 'LoanSimulation';
  readonly cet: LoanCet;
  readonly installments: ReadonlyArray<LoanScheduleRow>;
  /** IOF on the credit, deducted from the amount released. */
  readonly iof: Scalars['Decimal']['output'];
  readonly monthlyRate: Scalars['Decimal']['output'];
  readonly principal: Scalars['Decimal']['output'];
  /** Principal less IOF: what reaches the borrower. */
  readonly releasedAmount: Scalars['Decimal']['output'];
  readonly startDate: Scalars['Date']['output'];
  readonly system: AmortizationSystem;
  readonly termMonths: Scalars['Int']['output'];
  readonly totalInterest: Scalars['Decimal']['output'];
  readonly totalPaid: Scalars['Decimal']['output'];
};

export type LoanSimulationInput = {
  /** Percent a month ("1.99"), 0 to 20, up to 4 decimals; 0 gives principal / n. */
  readonly monthlyRate: Scalars['Decimal']['input'];
  /** 100.00 to 10000000.00. */
  readonly principal: Scalars['Decimal']['input'];
  /** The release date; installment k falls due k months later. Today (Brasília) when omitted. */
  readonly startDate?: InputMaybe<Scalars['Date']['input']>;
  readonly system: AmortizationSystem;
  /** 1 to 420. */
  readonly termMonths: Scalars['Int']['input'];
};

export type LoanStatus =
  /** Disbursed: installments are due. */
  | 'ACTIVE'
  /** An offer awaits the borrower's acceptance. */
  | 'APPROVED'
  /** Accepted; the disbursement is on its way through Pix. */
  | 'CONTRACTED'
  /** The disbursement transfer failed; retryLoanDisbursement asks again. */
  | 'DISBURSEMENT_FAILED'
  | 'REJECTED'
  | 'SETTLED'
  /** Requested; the credit analysis has not decided yet. */
  | 'UNDER_ANALYSIS';

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Accepts the offer of an APPROVED loan: CONTRACTED, and the disbursement is sent to the borrower's Pix key. */
  readonly acceptLoanOffer: AcceptLoanOfferPayload;
  /** A Pix charge for what the installment owes today (late charges included). */
  readonly payLoanInstallment: PayLoanInstallmentPayload;
  /** A Pix charge for today's payoff quote; paying it settles the loan. */
  readonly payLoanPayoff: PayLoanPayoffPayload;
  /** Applies for a loan: UNDER_ANALYSIS until the credit analysis decides. A retry with the same key returns the same loan. */
  readonly requestLoan: RequestLoanPayload;
  /** Sends a failed disbursement again. */
  readonly retryLoanDisbursement: RetryLoanDisbursementPayload;
};


export type MutationAcceptLoanOfferArgs = {
  input: AcceptLoanOfferInput;
};


export type MutationPayLoanInstallmentArgs = {
  input: PayLoanInstallmentInput;
};


export type MutationPayLoanPayoffArgs = {
  input: PayLoanPayoffInput;
};


export type MutationRequestLoanArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RequestLoanInput;
};


export type MutationRetryLoanDisbursementArgs = {
  input: RetryLoanDisbursementInput;
};

/** What payLoanInstallment asks for. */
export type PayLoanInstallmentInput = {
  /** The caller's ACTIVE loan. */
  readonly loanId: Scalars['ID']['input'];
  /** The installment's number, 1 to the loan's term. */
  readonly number: Scalars['Int']['input'];
};

/** What payLoanInstallment returns. */
export type PayLoanInstallmentPayload = {
  readonly __typename?: 'PayLoanInstallmentPayload';
  /** The Pix charge that pays the installment. */
  readonly charge: PixCharge;
};

/** What payLoanPayoff asks for. */
export type PayLoanPayoffInput = {
  /** The caller's ACTIVE loan. */
  readonly loanId: Scalars['ID']['input'];
};

/** What payLoanPayoff returns. */
export type PayLoanPayoffPayload = {
  readonly __typename?: 'PayLoanPayoffPayload';
  /** The Pix charge that settles the loan. */
  readonly charge: PixCharge;
};

export type PixCharge = {
  readonly __typename?: 'PixCharge';
  /** The loan this charge pays (an installment or the payoff); null when the charge is not a loan's or the loan is not the caller's. */
  readonly loan?: Maybe<Loan>;
  /** The installment this charge was requested for; null for a payoff charge, or when `loan` is null. */
  readonly loanInstallment?: Maybe<LoanInstallment>;
  readonly txid: Scalars['ID']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /** A loan of the signed-in customer (staff: any). */
  readonly loan?: Maybe<Loan>;
  /** What settles the loan on `date` (today when omitted). */
  readonly loanPayoffQuote: LoanPayoffQuote;
  /** A loan table with its IOF and CET; no sign-in needed. */
  readonly loanSimulation: LoanSimulation;
};


export type QueryLoanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoanPayoffQuoteArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  loanId: Scalars['ID']['input'];
};


export type QueryLoanSimulationArgs = {
  input: LoanSimulationInput;
};

export type RequestLoanInput = {
  readonly monthlyIncome: Scalars['Decimal']['input'];
  /** 100.00 to 10000000.00. */
  readonly principal: Scalars['Decimal']['input'];
  /** 1 to 200 characters. */
  readonly purpose: Scalars['String']['input'];
  readonly system: AmortizationSystem;
  /** 1 to 420. */
  readonly termMonths: Scalars['Int']['input'];
};

/** What requestLoan returns. */
export type RequestLoanPayload = {
  readonly __typename?: 'RequestLoanPayload';
  /** The loan, UNDER_ANALYSIS (or further along on a retry). */
  readonly loan: Loan;
};

/** What retryLoanDisbursement asks for. */
export type RetryLoanDisbursementInput = {
  /** The caller's DISBURSEMENT_FAILED loan. */
  readonly loanId: Scalars['ID']['input'];
};

/** What retryLoanDisbursement returns. */
export type RetryLoanDisbursementPayload = {
  readonly __typename?: 'RetryLoanDisbursementPayload';
  /** The loan, CONTRACTED again. */
  readonly loan: Loan;
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
  Customer: Customer;
  Loan: Loan;
  PixCharge: PixCharge;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Loan:
    ( { __typename: 'Loan' }
    & GraphQLRecursivePick<FederationTypes['Loan'], {"id":true}> );
  PixCharge:
    ( { __typename: 'PixCharge' }
    & GraphQLRecursivePick<FederationTypes['PixCharge'], {"txid":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptLoanOfferInput: AcceptLoanOfferInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AcceptLoanOfferPayload: ResolverTypeWrapper<Omit<AcceptLoanOfferPayload, 'loan'> & { loan: ResolversTypes['Loan'] }>;
  AmortizationSystem: AmortizationSystem;
  Customer: ResolverTypeWrapper<CustomerRefModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Loan: ResolverTypeWrapper<StoredLoanModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LoanCet: ResolverTypeWrapper<CetModel>;
  LoanDisbursement: ResolverTypeWrapper<DisbursementModel>;
  LoanDisbursementFailure: ResolverTypeWrapper<DisbursementFailureModel>;
  LoanInstallment: ResolverTypeWrapper<InstallmentViewModel>;
  LoanInstallmentStatus: LoanInstallmentStatus;
  LoanOffer: ResolverTypeWrapper<LoanOfferModel>;
  LoanPayoffLine: ResolverTypeWrapper<PayoffLineModel>;
  LoanPayoffQuote: ResolverTypeWrapper<LoanPayoffQuoteModel>;
  LoanRejection: ResolverTypeWrapper<RejectionModel>;
  LoanReturnedPayment: ResolverTypeWrapper<Omit<LoanReturnedPayment, 'charge'> & { charge: ResolversTypes['PixCharge'] }>;
  LoanScheduleRow: ResolverTypeWrapper<InstallmentModel>;
  LoanSettlement: ResolverTypeWrapper<SettlementModel>;
  LoanSettlementKind: LoanSettlementKind;
  LoanSimulation: ResolverTypeWrapper<LoanSimulationModel>;
  LoanSimulationInput: LoanSimulationInput;
  LoanStatus: LoanStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PayLoanInstallmentInput: PayLoanInstallmentInput;
  PayLoanInstallmentPayload: ResolverTypeWrapper<Omit<PayLoanInstallmentPayload, 'charge'> & { charge: ResolversTypes['PixCharge'] }>;
  PayLoanPayoffInput: PayLoanPayoffInput;
  PayLoanPayoffPayload: ResolverTypeWrapper<Omit<PayLoanPayoffPayload, 'charge'> & { charge: ResolversTypes['PixCharge'] }>;
  PixCharge: ResolverTypeWrapper<ChargeRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestLoanInput: RequestLoanInput;
  RequestLoanPayload: ResolverTypeWrapper<Omit<RequestLoanPayload, 'loan'> & { loan: ResolversTypes['Loan'] }>;
  RetryLoanDisbursementInput: RetryLoanDisbursementInput;
  RetryLoanDisbursementPayload: ResolverTypeWrapper<Omit<RetryLoanDisbursementPayload, 'loan'> & { loan: ResolversTypes['Loan'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptLoanOfferInput: AcceptLoanOfferInput;
  ID: Scalars['ID']['output'];
  AcceptLoanOfferPayload: Omit<AcceptLoanOfferPayload, 'loan'> & { loan: ResolversParentTypes['Loan'] };
  Customer: CustomerRefModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Loan: StoredLoanModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  LoanCet: CetModel;
  LoanDisbursement: DisbursementModel;
  LoanDisbursementFailure: DisbursementFailureModel;
  LoanInstallment: InstallmentViewModel;
  LoanOffer: LoanOfferModel;
  LoanPayoffLine: PayoffLineModel;
  LoanPayoffQuote: LoanPayoffQuoteModel;
  LoanRejection: RejectionModel;
  LoanReturnedPayment: Omit<LoanReturnedPayment, 'charge'> & { charge: ResolversParentTypes['PixCharge'] };
  LoanScheduleRow: InstallmentModel;
  LoanSettlement: SettlementModel;
  LoanSimulation: LoanSimulationModel;
  LoanSimulationInput: LoanSimulationInput;
  Mutation: Record<PropertyKey, never>;
  PayLoanInstallmentInput: PayLoanInstallmentInput;
  PayLoanInstallmentPayload: Omit<PayLoanInstallmentPayload, 'charge'> & { charge: ResolversParentTypes['PixCharge'] };
  PayLoanPayoffInput: PayLoanPayoffInput;
  PayLoanPayoffPayload: Omit<PayLoanPayoffPayload, 'charge'> & { charge: ResolversParentTypes['PixCharge'] };
  PixCharge: ChargeRefModel;
  Query: Record<PropertyKey, never>;
  RequestLoanInput: RequestLoanInput;
  RequestLoanPayload: Omit<RequestLoanPayload, 'loan'> & { loan: ResolversParentTypes['Loan'] };
  RetryLoanDisbursementInput: RetryLoanDisbursementInput;
  RetryLoanDisbursementPayload: Omit<RetryLoanDisbursementPayload, 'loan'> & { loan: ResolversParentTypes['Loan'] };
  Boolean: Scalars['Boolean']['output'];
}>;

export type AcceptLoanOfferPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['AcceptLoanOfferPayload'] = ResolversParentTypes['AcceptLoanOfferPayload']> = ResolversObject<{
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loans?: Resolver<ReadonlyArray<ResolversTypes['Loan']>, ParentType, ContextType, Partial<CustomerLoansArgs>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type LoanResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  disbursement?: Resolver<Maybe<ResolversTypes['LoanDisbursement']>, ParentType, ContextType>;
  disbursementFailure?: Resolver<Maybe<ResolversTypes['LoanDisbursementFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installments?: Resolver<ReadonlyArray<ResolversTypes['LoanInstallment']>, ParentType, ContextType>;
  monthlyIncome?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['LoanOffer']>, ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['LoanRejection']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  returnedPayments?: Resolver<ReadonlyArray<ResolversTypes['LoanReturnedPayment']>, ParentType, ContextType>;
  settlement?: Resolver<Maybe<ResolversTypes['LoanSettlement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanStatus'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['AmortizationSystem'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LoanCetResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanCet'] = ResolversParentTypes['LoanCet']> = ResolversObject<{
  annual?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  monthly?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanDisbursementResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanDisbursement'] = ResolversParentTypes['LoanDisbursement']> = ResolversObject<{
  cet?: Resolver<ResolversTypes['LoanCet'], ParentType, ContextType>;
  disbursedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disbursedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  iof?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  releasedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanDisbursementFailureResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanDisbursementFailure'] = ResolversParentTypes['LoanDisbursementFailure']> = ResolversObject<{
  failedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LoanInstallmentResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanInstallment'] = ResolversParentTypes['LoanInstallment']> = ResolversObject<{
  amortization?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  amountDue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['PixCharge']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanInstallmentStatus'], ParentType, ContextType>;
}>;

export type LoanOfferResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanOffer'] = ResolversParentTypes['LoanOffer']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incomeSharePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  installment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  monthlyRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanPayoffLineResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanPayoffLine'] = ResolversParentTypes['LoanPayoffLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanInstallmentStatus'], ParentType, ContextType>;
}>;

export type LoanPayoffQuoteResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanPayoffQuote'] = ResolversParentTypes['LoanPayoffQuote']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lines?: Resolver<ReadonlyArray<ResolversTypes['LoanPayoffLine']>, ParentType, ContextType>;
  loanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduled?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanRejectionResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanRejection'] = ResolversParentTypes['LoanRejection']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LoanReturnedPaymentResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanReturnedPayment'] = ResolversParentTypes['LoanReturnedPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  charge?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LoanScheduleRowResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanScheduleRow'] = ResolversParentTypes['LoanScheduleRow']> = ResolversObject<{
  amortization?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanSettlementResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanSettlement'] = ResolversParentTypes['LoanSettlement']> = ResolversObject<{
  by?: Resolver<ResolversTypes['LoanSettlementKind'], ParentType, ContextType>;
  payoffAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  settledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type LoanSimulationResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanSimulation'] = ResolversParentTypes['LoanSimulation']> = ResolversObject<{
  cet?: Resolver<ResolversTypes['LoanCet'], ParentType, ContextType>;
  installments?: Resolver<ReadonlyArray<ResolversTypes['LoanScheduleRow']>, ParentType, ContextType>;
  iof?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  monthlyRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  releasedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['AmortizationSystem'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalInterest?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptLoanOffer?: Resolver<ResolversTypes['AcceptLoanOfferPayload'], ParentType, ContextType, RequireFields<MutationAcceptLoanOfferArgs, 'input'>>;
  payLoanInstallment?: Resolver<ResolversTypes['PayLoanInstallmentPayload'], ParentType, ContextType, RequireFields<MutationPayLoanInstallmentArgs, 'input'>>;
  payLoanPayoff?: Resolver<ResolversTypes['PayLoanPayoffPayload'], ParentType, ContextType, RequireFields<MutationPayLoanPayoffArgs, 'input'>>;
  requestLoan?: Resolver<ResolversTypes['RequestLoanPayload'], ParentType, ContextType, RequireFields<MutationRequestLoanArgs, 'idempotencyKey' | 'input'>>;
  retryLoanDisbursement?: Resolver<ResolversTypes['RetryLoanDisbursementPayload'], ParentType, ContextType, RequireFields<MutationRetryLoanDisbursementArgs, 'input'>>;
}>;

export type PayLoanInstallmentPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['PayLoanInstallmentPayload'] = ResolversParentTypes['PayLoanInstallmentPayload']> = ResolversObject<{
  charge?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType>;
}>;

export type PayLoanPayoffPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['PayLoanPayoffPayload'] = ResolversParentTypes['PayLoanPayoffPayload']> = ResolversObject<{
  charge?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType>;
}>;

export type PixChargeResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['PixCharge'] = ResolversParentTypes['PixCharge'], FederationReferenceType extends FederationReferenceTypes['PixCharge'] = FederationReferenceTypes['PixCharge']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PixCharge']> | FederationReferenceType, FederationReferenceType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  loanInstallment?: Resolver<Maybe<ResolversTypes['LoanInstallment']>, ParentType, ContextType>;
  txid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType, RequireFields<QueryLoanArgs, 'id'>>;
  loanPayoffQuote?: Resolver<ResolversTypes['LoanPayoffQuote'], ParentType, ContextType, RequireFields<QueryLoanPayoffQuoteArgs, 'loanId'>>;
  loanSimulation?: Resolver<ResolversTypes['LoanSimulation'], ParentType, ContextType, RequireFields<QueryLoanSimulationArgs, 'input'>>;
}>;

export type RequestLoanPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['RequestLoanPayload'] = ResolversParentTypes['RequestLoanPayload']> = ResolversObject<{
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type RetryLoanDisbursementPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['RetryLoanDisbursementPayload'] = ResolversParentTypes['RetryLoanDisbursementPayload']> = ResolversObject<{
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LoansContext> = ResolversObject<{
  AcceptLoanOfferPayload?: AcceptLoanOfferPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  LoanCet?: LoanCetResolvers<ContextType>;
  LoanDisbursement?: LoanDisbursementResolvers<ContextType>;
  LoanDisbursementFailure?: LoanDisbursementFailureResolvers<ContextType>;
  LoanInstallment?: LoanInstallmentResolvers<ContextType>;
  LoanOffer?: LoanOfferResolvers<ContextType>;
  LoanPayoffLine?: LoanPayoffLineResolvers<ContextType>;
  LoanPayoffQuote?: LoanPayoffQuoteResolvers<ContextType>;
  LoanRejection?: LoanRejectionResolvers<ContextType>;
  LoanReturnedPayment?: LoanReturnedPaymentResolvers<ContextType>;
  LoanScheduleRow?: LoanScheduleRowResolvers<ContextType>;
  LoanSettlement?: LoanSettlementResolvers<ContextType>;
  LoanSimulation?: LoanSimulationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PayLoanInstallmentPayload?: PayLoanInstallmentPayloadResolvers<ContextType>;
  PayLoanPayoffPayload?: PayLoanPayoffPayloadResolvers<ContextType>;
  PixCharge?: PixChargeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestLoanPayload?: RequestLoanPayloadResolvers<ContextType>;
  RetryLoanDisbursementPayload?: RetryLoanDisbursementPayloadResolvers<ContextType>;
}>;

