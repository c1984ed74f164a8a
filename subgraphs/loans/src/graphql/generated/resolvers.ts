import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef as CustomerRefModel, Rejection as RejectionModel, DisbursementFailure as DisbursementFailureModel, InstallmentView as InstallmentViewModel, LoanPage as LoanPageModel } from '../mappers';
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

/** How a loan is paid back. */
export type AmortizationSystem =
  /** French system: a fixed installment. */
  | 'PRICE'
  /** Constant amortization: decreasing installments. */
  | 'SAC';

/** A customer of the bank. */
export type Customer = {
  readonly __typename?: 'Customer';
  /** The customer's id. */
  readonly id: Scalars['ID']['output'];
  /** The customer's loans, newest first; only those in `status` when given. */
  readonly loans: LoanConnection;
};


/** A customer of the bank. */
export type CustomerLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LoanStatus>;
};

/** A loan: from the application, through the credit analysis and disbursement, to its settlement. */
export type Loan = {
  readonly __typename?: 'Loan';
  /** Whether installments are debited from the borrower's checking account on their due dates (setLoanAutoDebit), and each debit asked for. */
  readonly autoDebit: LoanAutoDebit;
  /** When the borrower accepted the offer; null before. */
  readonly contractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The borrower. */
  readonly customer: Customer;
  /** Once the money reached the borrower. */
  readonly disbursement?: Maybe<LoanDisbursement>;
  /** Why the last disbursement could not be credited, while DISBURSEMENT_FAILED. */
  readonly disbursementFailure?: Maybe<LoanDisbursementFailure>;
  /** The loan's id. */
  readonly id: Scalars['ID']['output'];
  /** The table fixed from the disbursement date; empty before. */
  readonly installments: ReadonlyArray<LoanInstallment>;
  /** The borrower's declared monthly income, in BRL. */
  readonly monthlyIncome: Scalars['Decimal']['output'];
  /** The credit analysis's offer, once approved. */
  readonly offer?: Maybe<LoanOffer>;
  /** The amount borrowed, in BRL. */
  readonly principal: Scalars['Decimal']['output'];
  /** What the money is for, as the borrower said. */
  readonly purpose: Scalars['String']['output'];
  /** Why the credit analysis refused it; null unless REJECTED. */
  readonly rejection?: Maybe<LoanRejection>;
  /** When the borrower applied. */
  readonly requestedAt: Scalars['DateTime']['output'];
  /** Payments of charges that could no longer apply (installment already paid, loan already settled), credited back to the borrower's checking account; oldest first. */
  readonly returnedPayments: ReadonlyArray<LoanReturnedPayment>;
  /** How the loan was settled; null until SETTLED. */
  readonly settlement?: Maybe<LoanSettlement>;
  /** Where the loan is in its life. */
  readonly status: LoanStatus;
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** How many monthly installments. */
  readonly termMonths: Scalars['Int']['output'];
};

/** The automatic debit of a loan's installments from the borrower's checking account. */
export type LoanAutoDebit = {
  readonly __typename?: 'LoanAutoDebit';
  /** Each installment's debit, oldest first; at most one per installment. */
  readonly attempts: ReadonlyArray<LoanAutoDebitAttempt>;
  /** Turned on by the borrower with setLoanAutoDebit. */
  readonly enabled: Scalars['Boolean']['output'];
};

/** One installment's automatic debit. */
export type LoanAutoDebitAttempt = {
  readonly __typename?: 'LoanAutoDebitAttempt';
  /** What it owed on the day of the debit, in BRL. */
  readonly amount: Scalars['Decimal']['output'];
  /** Why it failed, while FAILED. */
  readonly failureReason?: Maybe<Scalars['String']['output']>;
  /** The installment debited. */
  readonly installmentNumber: Scalars['Int']['output'];
  /** When the debit was asked of the checking account. */
  readonly requestedAt: Scalars['DateTime']['output'];
  /** What became of it. */
  readonly status: LoanAutoDebitStatus;
};

/** What became of an automatic debit. */
export type LoanAutoDebitStatus =
  /** Refused (not enough funds, a blocked account...): the installment stays open, payable by Pix. */
  | 'FAILED'
  /** Debited: the installment is paid. */
  | 'PAID'
  /** Asked of the checking account, not answered yet. */
  | 'REQUESTED'
  /** Debited after the installment was paid otherwise: credited back. */
  | 'RETURNED';

/** Custo efetivo total (CMN Resolution 3.517/2007) on the amount released, in percent with 4 decimals. */
export type LoanCet = {
  readonly __typename?: 'LoanCet';
  /** Percent a year. */
  readonly annual: Scalars['Decimal']['output'];
  /** Percent a month. */
  readonly monthly: Scalars['Decimal']['output'];
};

/** A page of loans. */
export type LoanConnection = {
  readonly __typename?: 'LoanConnection';
  /** The loans with their cursors. */
  readonly edges: ReadonlyArray<LoanEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** The money released to the borrower. */
export type LoanDisbursement = {
  readonly __typename?: 'LoanDisbursement';
  /** The total effective cost from the release date. */
  readonly cet: LoanCet;
  /** When the transfer settled. */
  readonly disbursedAt: Scalars['DateTime']['output'];
  /** The release date (Brasília); the installments are counted from it. */
  readonly disbursedOn: Scalars['Date']['output'];
  /** IOF on the credit, deducted from the amount released, in BRL. */
  readonly iof: Scalars['Decimal']['output'];
  /** What reached the borrower, in BRL: principal less IOF. */
  readonly releasedAmount: Scalars['Decimal']['output'];
};

/** Why a disbursement transfer failed. */
export type LoanDisbursementFailure = {
  readonly __typename?: 'LoanDisbursementFailure';
  /** When it failed. */
  readonly failedAt: Scalars['DateTime']['output'];
  /** Pix's reason. */
  readonly reason: Scalars['String']['output'];
};

/** A loan with its cursor. */
export type LoanEdge = {
  readonly __typename?: 'LoanEdge';
  /** Pass it as after to read the loans that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The loan. */
  readonly node: Loan;
};

/** One installment of a disbursed loan. */
export type LoanInstallment = {
  readonly __typename?: 'LoanInstallment';
  /** The principal it pays back, in BRL. */
  readonly amortization: Scalars['Decimal']['output'];
  /** What pays it today, in BRL: before its due date the payment discounted at the contract rate (CDC art. 52 §2, as loanPayoffQuote values it), on it the payment, overdue the payment plus the fine and moratory interest. Null once paid. */
  readonly amountDue?: Maybe<Scalars['Decimal']['output']>;
  /** The principal still owed after it, in BRL. */
  readonly balance: Scalars['Decimal']['output'];
  /** The Pix charge that paid it, else the latest one requested for it. */
  readonly charge?: Maybe<PixCharge>;
  /** When it falls due. */
  readonly dueDate: Scalars['Date']['output'];
  /** What paying it today saves, in BRL: payment − amountDue before the due date, else 0.00. Null once paid. */
  readonly earlyPaymentDiscount?: Maybe<Scalars['Decimal']['output']>;
  /** The interest it pays, in BRL. */
  readonly interest: Scalars['Decimal']['output'];
  /** 1 to the term. */
  readonly number: Scalars['Int']['output'];
  /** What paid it, in BRL; null until PAID. */
  readonly paidAmount?: Maybe<Scalars['Decimal']['output']>;
  /** When it was paid; null until PAID. */
  readonly paidOn?: Maybe<Scalars['Date']['output']>;
  /** What the installment pays as scheduled, in BRL: interest + amortization. */
  readonly payment: Scalars['Decimal']['output'];
  /** Whether it is paid, pending or overdue today. */
  readonly status: LoanInstallmentStatus;
};

/** Where an installment is. */
export type LoanInstallmentStatus =
  /** Unpaid past its due date: owes a fine and moratory interest. */
  | 'OVERDUE'
  /** Paid. */
  | 'PAID'
  /** Not due yet. */
  | 'PENDING';

/** The credit analysis's offer. */
export type LoanOffer = {
  readonly __typename?: 'LoanOffer';
  /** When the analysis decided. */
  readonly decidedAt: Scalars['DateTime']['output'];
  /** The installment as a percentage of the monthly income. */
  readonly incomeSharePercent: Scalars['Decimal']['output'];
  /** The largest installment at that rate. In BRL. */
  readonly installment: Scalars['Decimal']['output'];
  /** Percent a month. */
  readonly monthlyRate: Scalars['Decimal']['output'];
};

/** One unpaid installment in a payoff quote. */
export type LoanPayoffLine = {
  readonly __typename?: 'LoanPayoffLine';
  /** What it costs on the quote date, in BRL: discounted, or with its late charges. */
  readonly amount: Scalars['Decimal']['output'];
  /** When it falls due. */
  readonly dueDate: Scalars['Date']['output'];
  /** The installment's number. */
  readonly number: Scalars['Int']['output'];
  /** The installment as scheduled, in BRL. */
  readonly payment: Scalars['Decimal']['output'];
  /** Whether it is pending or overdue on the quote date. */
  readonly status: LoanInstallmentStatus;
};

/** What settles an active loan on a date: future installments discounted at the contract rate (CDC art. 52 §2), overdue ones with their late charges. */
export type LoanPayoffQuote = {
  readonly __typename?: 'LoanPayoffQuote';
  /** What settles the loan on that day, in BRL. */
  readonly amount: Scalars['Decimal']['output'];
  /** The day the quote is for. */
  readonly date: Scalars['Date']['output'];
  /** scheduled − amount (negative when late charges outweigh the discount). In BRL. */
  readonly discount: Scalars['Decimal']['output'];
  /** Each unpaid installment with what it costs on that day. */
  readonly lines: ReadonlyArray<LoanPayoffLine>;
  /** The loan. */
  readonly loanId: Scalars['ID']['output'];
  /** The unpaid installments as scheduled. In BRL. */
  readonly scheduled: Scalars['Decimal']['output'];
};

/** The credit analysis's refusal. */
export type LoanRejection = {
  readonly __typename?: 'LoanRejection';
  /** When the analysis decided. */
  readonly decidedAt: Scalars['DateTime']['output'];
  /** Why. */
  readonly reason: Scalars['String']['output'];
};

/** A payment of a charge that could no longer apply, sent back to the borrower. */
export type LoanReturnedPayment = {
  readonly __typename?: 'LoanReturnedPayment';
  /** What was sent back, in BRL. */
  readonly amount: Scalars['Decimal']['output'];
  /** The charge that was paid. */
  readonly charge: PixCharge;
  /** Why the payment could not be applied. */
  readonly reason: Scalars['String']['output'];
  /** When the return was requested. */
  readonly returnedAt: Scalars['DateTime']['output'];
};

/** One installment of a simulated table. */
export type LoanScheduleRow = {
  readonly __typename?: 'LoanScheduleRow';
  /** The principal it pays back, in BRL. */
  readonly amortization: Scalars['Decimal']['output'];
  /** The principal still owed after this installment, in BRL. */
  readonly balance: Scalars['Decimal']['output'];
  /** When it falls due. */
  readonly dueDate: Scalars['Date']['output'];
  /** The interest it pays, in BRL. */
  readonly interest: Scalars['Decimal']['output'];
  /** 1 to the term. */
  readonly number: Scalars['Int']['output'];
  /** What the installment pays, in BRL: interest + amortization. */
  readonly payment: Scalars['Decimal']['output'];
};

/** How a loan was settled. */
export type LoanSettlement = {
  readonly __typename?: 'LoanSettlement';
  /** What settled it. */
  readonly by: LoanSettlementKind;
  /** What the early payoff cost; null when the last installment settled the loan. In BRL. */
  readonly payoffAmount?: Maybe<Scalars['Decimal']['output']>;
  /** When. */
  readonly settledOn: Scalars['Date']['output'];
};

/** What settled a loan. */
export type LoanSettlementKind =
  /** The last installment was paid. */
  | 'LAST_INSTALLMENT'
  /** An early payoff. */
  | 'PAYOFF';

/** An amortization table, rounded to the cent step by step (ABNT NBR 5891), the last installment closing the balance. */
export type LoanSimulation = {
  readonly __typename?: 'LoanSimulation';
  /** The total effective cost. */
  readonly cet: LoanCet;
  /** The installments, first to last. */
  readonly installments: ReadonlyArray<LoanScheduleRow>;
  /** IOF on the credit, deducted from the amount released. In BRL. */
  readonly iof: Scalars['Decimal']['output'];
  /** The interest rate, in percent a month. */
  readonly monthlyRate: Scalars['Decimal']['output'];
  /** The amount borrowed, in BRL. */
  readonly principal: Scalars['Decimal']['output'];
  /** Principal less IOF: what reaches the borrower. In BRL. */
  readonly releasedAmount: Scalars['Decimal']['output'];
  /** The release date; installment k falls due k months later. */
  readonly startDate: Scalars['Date']['output'];
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** How many monthly installments. */
  readonly termMonths: Scalars['Int']['output'];
  /** Σ interest, in BRL. */
  readonly totalInterest: Scalars['Decimal']['output'];
  /** Σ installments, in BRL. */
  readonly totalPaid: Scalars['Decimal']['output'];
};

/** What loanSimulation asks for. */
export type LoanSimulationInput = {
  /** Percent a month ("1.99"), 0 to 20, up to 4 decimals; 0 gives principal / n. */
  readonly monthlyRate: Scalars['Decimal']['input'];
  /** The amount borrowed, in BRL: 100.00 to 10000000.00. */
  readonly principal: Scalars['Decimal']['input'];
  /** The release date; installment k falls due k months later. Today (Brasília) when omitted. */
  readonly startDate?: InputMaybe<Scalars['Date']['input']>;
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** The term in months, 1 to 420. */
  readonly termMonths: Scalars['Int']['input'];
};

/** Where a loan is in its life. */
export type LoanStatus =
  /** Disbursed: installments are due. */
  | 'ACTIVE'
  /** An offer awaits the borrower's acceptance. */
  | 'APPROVED'
  /** Accepted; the disbursement is being credited to the borrower's checking account. */
  | 'CONTRACTED'
  /** The disbursement could not be credited (the borrower has no checking account yet); retryLoanDisbursement asks again once they have opened one. */
  | 'DISBURSEMENT_FAILED'
  /** The credit analysis refused it; rejection says why. */
  | 'REJECTED'
  /** Paid in full: by the last installment or a payoff. */
  | 'SETTLED'
  /** Requested; the credit analysis has not decided yet. */
  | 'UNDER_ANALYSIS';

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Accepts the offer of an APPROVED loan: CONTRACTED, and the amount released (principal less the IOF withheld) is credited to the borrower's checking account. */
  readonly acceptLoanOffer: AcceptLoanOfferPayload;
  /** A Pix charge for what the installment costs today (its amountDue): discounted when paid early, with late charges when overdue. */
  readonly payLoanInstallment: PayLoanInstallmentPayload;
  /** A Pix charge for today's payoff quote; paying it settles the loan. */
  readonly payLoanPayoff: PayLoanPayoffPayload;
  /** Applies for a loan: UNDER_ANALYSIS until the credit analysis decides. A retry with the same key returns the same loan. */
  readonly requestLoan: RequestLoanPayload;
  /** Sends a failed disbursement again. */
  readonly retryLoanDisbursement: RetryLoanDisbursementPayload;
  /** The borrower turns on (or off) the debit of each installment from their checking account on its due date. A refused debit leaves the installment open and publishes loans.loan.auto-debit-failed. */
  readonly setLoanAutoDebit: SetLoanAutoDebitPayload;
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


export type MutationSetLoanAutoDebitArgs = {
  input: SetLoanAutoDebitInput;
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

/** A charge (cobrança): what a payer scans or pastes to pay. */
export type PixCharge = {
  readonly __typename?: 'PixCharge';
  /** The loan this charge pays (an installment or the payoff); null when the charge is not a loan's or the loan is not the caller's. */
  readonly loan?: Maybe<Loan>;
  /** The installment this charge was requested for; null for a payoff charge, or when `loan` is null. */
  readonly loanInstallment?: Maybe<LoanInstallment>;
  /** The charge's transaction id. */
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

/** What requestLoan asks for. */
export type RequestLoanInput = {
  /** The borrower's monthly income, in BRL, above zero. */
  readonly monthlyIncome: Scalars['Decimal']['input'];
  /** The amount to borrow, in BRL: 100.00 to 10000000.00. */
  readonly principal: Scalars['Decimal']['input'];
  /** 1 to 200 characters. */
  readonly purpose: Scalars['String']['input'];
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** The term in months, 1 to 420. */
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

/** Turns the automatic debit of a loan's installments on or off. */
export type SetLoanAutoDebitInput = {
  /** true: each installment is debited from the borrower's checking account on its due date. */
  readonly enabled: Scalars['Boolean']['input'];
  /** The borrower's own loan. */
  readonly loanId: Scalars['ID']['input'];
};

/** The loan with its automatic debit as set. */
export type SetLoanAutoDebitPayload = {
  readonly __typename?: 'SetLoanAutoDebitPayload';
  /** The loan, its automatic debit as set. */
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
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Loan: ResolverTypeWrapper<StoredLoanModel>;
  LoanAutoDebit: ResolverTypeWrapper<LoanAutoDebit>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LoanAutoDebitAttempt: ResolverTypeWrapper<LoanAutoDebitAttempt>;
  LoanAutoDebitStatus: LoanAutoDebitStatus;
  LoanCet: ResolverTypeWrapper<CetModel>;
  LoanConnection: ResolverTypeWrapper<LoanPageModel>;
  LoanDisbursement: ResolverTypeWrapper<DisbursementModel>;
  LoanDisbursementFailure: ResolverTypeWrapper<DisbursementFailureModel>;
  LoanEdge: ResolverTypeWrapper<Omit<LoanEdge, 'node'> & { node: ResolversTypes['Loan'] }>;
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
  PageInfo: ResolverTypeWrapper<PageInfo>;
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
  SetLoanAutoDebitInput: SetLoanAutoDebitInput;
  SetLoanAutoDebitPayload: ResolverTypeWrapper<Omit<SetLoanAutoDebitPayload, 'loan'> & { loan: ResolversTypes['Loan'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptLoanOfferInput: AcceptLoanOfferInput;
  ID: Scalars['ID']['output'];
  AcceptLoanOfferPayload: Omit<AcceptLoanOfferPayload, 'loan'> & { loan: ResolversParentTypes['Loan'] };
  Customer: CustomerRefModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Loan: StoredLoanModel;
  LoanAutoDebit: LoanAutoDebit;
  Boolean: Scalars['Boolean']['output'];
  LoanAutoDebitAttempt: LoanAutoDebitAttempt;
  LoanCet: CetModel;
  LoanConnection: LoanPageModel;
  LoanDisbursement: DisbursementModel;
  LoanDisbursementFailure: DisbursementFailureModel;
  LoanEdge: Omit<LoanEdge, 'node'> & { node: ResolversParentTypes['Loan'] };
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
  PageInfo: PageInfo;
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
  SetLoanAutoDebitInput: SetLoanAutoDebitInput;
  SetLoanAutoDebitPayload: Omit<SetLoanAutoDebitPayload, 'loan'> & { loan: ResolversParentTypes['Loan'] };
}>;

export type AcceptLoanOfferPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['AcceptLoanOfferPayload'] = ResolversParentTypes['AcceptLoanOfferPayload']> = ResolversObject<{
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loans?: Resolver<ResolversTypes['LoanConnection'], ParentType, ContextType, RequireFields<CustomerLoansArgs, 'first'>>;
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
  autoDebit?: Resolver<ResolversTypes['LoanAutoDebit'], ParentType, ContextType>;
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

export type LoanAutoDebitResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanAutoDebit'] = ResolversParentTypes['LoanAutoDebit']> = ResolversObject<{
  attempts?: Resolver<ReadonlyArray<ResolversTypes['LoanAutoDebitAttempt']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LoanAutoDebitAttemptResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanAutoDebitAttempt'] = ResolversParentTypes['LoanAutoDebitAttempt']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  installmentNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanAutoDebitStatus'], ParentType, ContextType>;
}>;

export type LoanCetResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanCet'] = ResolversParentTypes['LoanCet']> = ResolversObject<{
  annual?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  monthly?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LoanConnectionResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanConnection'] = ResolversParentTypes['LoanConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['LoanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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

export type LoanEdgeResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanEdge'] = ResolversParentTypes['LoanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type LoanInstallmentResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['LoanInstallment'] = ResolversParentTypes['LoanInstallment']> = ResolversObject<{
  amortization?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  amountDue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['PixCharge']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  earlyPaymentDiscount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
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
  setLoanAutoDebit?: Resolver<ResolversTypes['SetLoanAutoDebitPayload'], ParentType, ContextType, RequireFields<MutationSetLoanAutoDebitArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type SetLoanAutoDebitPayloadResolvers<ContextType = LoansContext, ParentType extends ResolversParentTypes['SetLoanAutoDebitPayload'] = ResolversParentTypes['SetLoanAutoDebitPayload']> = ResolversObject<{
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LoansContext> = ResolversObject<{
  AcceptLoanOfferPayload?: AcceptLoanOfferPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  LoanAutoDebit?: LoanAutoDebitResolvers<ContextType>;
  LoanAutoDebitAttempt?: LoanAutoDebitAttemptResolvers<ContextType>;
  LoanCet?: LoanCetResolvers<ContextType>;
  LoanConnection?: LoanConnectionResolvers<ContextType>;
  LoanDisbursement?: LoanDisbursementResolvers<ContextType>;
  LoanDisbursementFailure?: LoanDisbursementFailureResolvers<ContextType>;
  LoanEdge?: LoanEdgeResolvers<ContextType>;
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
  PageInfo?: PageInfoResolvers<ContextType>;
  PayLoanInstallmentPayload?: PayLoanInstallmentPayloadResolvers<ContextType>;
  PayLoanPayoffPayload?: PayLoanPayoffPayloadResolvers<ContextType>;
  PixCharge?: PixChargeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestLoanPayload?: RequestLoanPayloadResolvers<ContextType>;
  RetryLoanDisbursementPayload?: RetryLoanDisbursementPayloadResolvers<ContextType>;
  SetLoanAutoDebitPayload?: SetLoanAutoDebitPayloadResolvers<ContextType>;
}>;

