import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef, PixChargeRef, QuotePage, PolicyPage, ClaimPage } from '../mappers';
import type { QuoteRecord, PolicyRecord, ClaimRecord } from '../../application/ports';
import type { Vehicle, Driver, QuotedCoverage, InstallmentOption } from '../../domain';
import type { InsuranceContext } from '../context';
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

/** A loss reported on a policy. */
export type AutoClaim = {
  readonly __typename?: 'AutoClaim';
  /** APPROVED, or DENIED for being within the deductible. In BRL. */
  readonly approvedAmount?: Maybe<Scalars['Decimal']['output']>;
  /** The policy's coverage that pays the claim. */
  readonly coverage: AutoCoverage;
  /** The coverage's deductible when the claim was filed. In BRL. */
  readonly deductible: Scalars['Decimal']['output'];
  /** Why it was denied. */
  readonly denialNote?: Maybe<Scalars['String']['output']>;
  /** What happened, as the policyholder told it. */
  readonly description: Scalars['String']['output'];
  /** What the policyholder estimated the loss at, in BRL. */
  readonly estimatedAmount: Scalars['Decimal']['output'];
  /** When it was filed. */
  readonly filedAt: Scalars['DateTime']['output'];
  /** The claim's id. */
  readonly id: Scalars['ID']['output'];
  /** When the loss happened. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** When the payout settled; null unless PAID. */
  readonly paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** approvedAmount − deductible. In BRL. */
  readonly payout?: Maybe<Scalars['Decimal']['output']>;
  /** Why the last payout attempt failed (APPROVED only), until staff retry it; null when none failed. */
  readonly payoutFailure?: Maybe<AutoTransferFailure>;
  /** The policy it was filed on. */
  readonly policy: AutoPolicy;
  /** When staff reviewed it; null while OPEN. */
  readonly reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the claim is. */
  readonly status: AutoClaimStatus;
  /** What kind of loss. */
  readonly type: AutoClaimType;
};

/** A page of claims. */
export type AutoClaimConnection = {
  readonly __typename?: 'AutoClaimConnection';
  /** The claims with their cursors. */
  readonly edges: ReadonlyArray<AutoClaimEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** What a reviewer decides on a claim. */
export type AutoClaimDecision =
  /** Approve approvedAmount; the payout is approvedAmount − deductible. */
  | 'APPROVE'
  /** Deny, with an optional note. */
  | 'DENY';

/** A claim with its cursor. */
export type AutoClaimEdge = {
  readonly __typename?: 'AutoClaimEdge';
  /** Pass it as after to read the claims that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The claim. */
  readonly node: AutoClaim;
};

/** Where a claim is. */
export type AutoClaimStatus =
  /** Payout being credited to the holder's checking account (see payoutFailure when it failed). */
  | 'APPROVED'
  /** Refused on review, or approved within the deductible. */
  | 'DENIED'
  /** Filed, waiting for review. */
  | 'OPEN'
  /** Payout settled. */
  | 'PAID';

/** What kind of loss a claim reports. */
export type AutoClaimType =
  /** Damage in a collision; paid by COLLISION. */
  | 'COLLISION'
  /** Broken glass, lights or mirrors; paid by GLASS. */
  | 'GLASS'
  /** Theft or robbery; paid by THEFT. */
  | 'THEFT'
  /** Paid by THIRD_PARTY_PROPERTY, or else THIRD_PARTY_BODILY. */
  | 'THIRD_PARTY';

/** What an auto policy may cover. */
export type AutoCoverage =
  /** Damage to the vehicle in a collision (casco). */
  | 'COLLISION'
  /** Windshield, windows, lights and mirrors. */
  | 'GLASS'
  /** A rental car while the vehicle is repaired. */
  | 'RENTAL_CAR'
  /** Towing and roadside help, 24 hours. */
  | 'ROADSIDE_ASSISTANCE'
  /** Theft or robbery of the vehicle. */
  | 'THEFT'
  /** Injury to other people (RCF danos corporais). */
  | 'THIRD_PARTY_BODILY'
  /** Damage to other people's property (RCF danos materiais). */
  | 'THIRD_PARTY_PROPERTY';

/** REDUCED: about half the standard deductible, higher premium; INCREASED: about double, lower premium. */
export type AutoDeductibleLevel =
  /** About double the standard deductible, for a lower premium. */
  | 'INCREASED'
  /** About half the standard deductible, for a higher premium. */
  | 'REDUCED'
  /** The standard deductible. */
  | 'STANDARD';

/** The main driver. The CPF is not shown. */
export type AutoDriver = {
  readonly __typename?: 'AutoDriver';
  /** The driver's birth date. */
  readonly birthDate: Scalars['Date']['output'];
  /** When the driver was first licensed. */
  readonly licensedSince: Scalars['Date']['output'];
  /** The driver's full name. */
  readonly name: Scalars['String']['output'];
};

/** The main driver. */
export type AutoDriverInput = {
  /** At least 18 years before the quote date. */
  readonly birthDate: Scalars['Date']['input'];
  /** Bare or masked (000.000.000-00). */
  readonly cpf: Scalars['String']['input'];
  /** When the driver was first licensed. */
  readonly licensedSince: Scalars['Date']['input'];
  /** The driver's full name. */
  readonly name: Scalars['String']['input'];
};

/** A way to pay the total premium, without interest. */
export type AutoInstallmentOption = {
  readonly __typename?: 'AutoInstallmentOption';
  /** Each installment after the first. In BRL. */
  readonly amount: Scalars['Decimal']['output'];
  /** How many installments, 1 to 12. */
  readonly count: Scalars['Int']['output'];
  /** The first installment carries the cents the even split leaves over. In BRL. */
  readonly firstAmount: Scalars['Decimal']['output'];
};

/** An auto insurance policy, issued from a quote for one year. */
export type AutoPolicy = {
  readonly __typename?: 'AutoPolicy';
  /** Whether premium installments are debited from the holder's checking account on their due dates (setPolicyAutoDebit), and each debit asked for. */
  readonly autoDebit: AutoPolicyAutoDebit;
  /** Why it was cancelled; null unless cancelled. */
  readonly cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled; null unless cancelled. */
  readonly cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Claims filed on this policy, newest first. */
  readonly claims: AutoClaimConnection;
  /** The coverages with their prices. */
  readonly coverages: ReadonlyArray<AutoQuotedCoverage>;
  /** End of the term (exclusive). */
  readonly endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The policy's id. */
  readonly id: Scalars['ID']['output'];
  /** The installment option chosen; the first installment's payment activates the policy. */
  readonly installments: AutoInstallmentOption;
  /** The main driver. */
  readonly insured: AutoDriver;
  /** IOF, 7.38 % of the net premium, in BRL. */
  readonly iof: Scalars['Decimal']['output'];
  /** When it was issued. */
  readonly issuedAt: Scalars['DateTime']['output'];
  /** Σ coverage premiums, in BRL. */
  readonly netPremium: Scalars['Decimal']['output'];
  /** When the earliest installment not paid yet falls due (installment k: k − 1 months after activation, same day or the month's last); null when none remains or the policy is not ACTIVE. */
  readonly nextInstallmentDue?: Maybe<Scalars['Date']['output']>;
  /** The Pix charges for the premium that Pix has created, oldest first (issueAutoPolicy waits for the first one; one requested but not created yet is not listed). */
  readonly premiumCharges: ReadonlyArray<PixCharge>;
  /** What has been paid of the total premium. In BRL. */
  readonly premiumPaid: Scalars['Decimal']['output'];
  /** The quote it was issued from. */
  readonly quote: AutoQuote;
  /** The unused net premium paid, credited back to the holder's checking account (CANCELLED only). In BRL. */
  readonly refund?: Maybe<Scalars['Decimal']['output']>;
  /** The latest failure of a refund (or of a premium paid after cancellation, sent back) still waiting for retryAutoPolicyRefund; null when none is. */
  readonly refundFailure?: Maybe<AutoTransferFailure>;
  /** Start of the one-year term: when the first installment was paid. */
  readonly startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the policy is in its life. */
  readonly status: AutoPolicyStatus;
  /** netPremium + iof, in BRL. */
  readonly totalPremium: Scalars['Decimal']['output'];
  /** The insured vehicle. */
  readonly vehicle: AutoVehicle;
};


/** An auto insurance policy, issued from a quote for one year. */
export type AutoPolicyClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The automatic debit of a policy's premium installments from the holder's checking account. */
export type AutoPolicyAutoDebit = {
  readonly __typename?: 'AutoPolicyAutoDebit';
  /** Each installment's debit, oldest first; at most one per installment. */
  readonly attempts: ReadonlyArray<AutoPolicyAutoDebitAttempt>;
  /** Turned on by the holder with setPolicyAutoDebit. */
  readonly enabled: Scalars['Boolean']['output'];
};

/** One premium installment's automatic debit. */
export type AutoPolicyAutoDebitAttempt = {
  readonly __typename?: 'AutoPolicyAutoDebitAttempt';
  /** The installment's amount, in BRL. */
  readonly amount: Scalars['Decimal']['output'];
  /** Why it failed (INSUFFICIENT_FUNDS...), while FAILED. */
  readonly failureReason?: Maybe<Scalars['String']['output']>;
  /** The installment debited (2 or more: the first is paid at issue). */
  readonly installmentNumber: Scalars['Int']['output'];
  /** When the debit was asked of the checking account. */
  readonly requestedAt: Scalars['DateTime']['output'];
  /** What became of it. */
  readonly status: AutoPolicyAutoDebitStatus;
};

/** What became of an automatic debit of a premium installment. */
export type AutoPolicyAutoDebitStatus =
  /** Refused (not enough funds, a blocked account...): the installment stays open, payable by its Pix charge. */
  | 'FAILED'
  /** Debited: the installment is paid. */
  | 'PAID'
  /** Asked of the checking account, not answered yet. */
  | 'REQUESTED'
  /** Debited after the installment was paid otherwise (or the policy cancelled): credited back. */
  | 'RETURNED';

/** A page of policies. */
export type AutoPolicyConnection = {
  readonly __typename?: 'AutoPolicyConnection';
  /** The policies with their cursors. */
  readonly edges: ReadonlyArray<AutoPolicyEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** A policy with its cursor. */
export type AutoPolicyEdge = {
  readonly __typename?: 'AutoPolicyEdge';
  /** Pass it as after to read the policies that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The policy. */
  readonly node: AutoPolicy;
};

/** Where a policy is in its life. */
export type AutoPolicyStatus =
  /** In force: its first installment is paid and its term has not ended. */
  | 'ACTIVE'
  /** Cancelled during its term; the unused net premium paid was refunded. */
  | 'CANCELLED'
  /** Cancelled before the first installment was paid. */
  | 'CANCELLED_UNPAID'
  /** Its one-year term has ended. */
  | 'EXPIRED'
  /** Issued; waiting for the first installment. */
  | 'PENDING_PAYMENT';

/** A price for auto insurance, valid for 30 days. */
export type AutoQuote = {
  readonly __typename?: 'AutoQuote';
  /** The no-claims bonus class, 0 to 10. */
  readonly bonusClass: Scalars['Int']['output'];
  /** The coverages with their prices. */
  readonly coverages: ReadonlyArray<AutoQuotedCoverage>;
  /** When it was priced. */
  readonly createdAt: Scalars['DateTime']['output'];
  /** The deductible level. */
  readonly deductibleLevel: AutoDeductibleLevel;
  /** The main driver. */
  readonly driver: AutoDriver;
  /** The quote's id. */
  readonly id: Scalars['ID']['output'];
  /** 1 to 12 installments. */
  readonly installmentOptions: ReadonlyArray<AutoInstallmentOption>;
  /** IOF, 7.38 % of the net premium. In BRL. */
  readonly iof: Scalars['Decimal']['output'];
  /** Σ coverage premiums, in BRL. */
  readonly netPremium: Scalars['Decimal']['output'];
  /** The policy issued from this quote, if any. */
  readonly policy?: Maybe<AutoPolicy>;
  /** The CEP where the vehicle stays overnight, 8 digits. */
  readonly postalCode: Scalars['String']['output'];
  /** Whether it can still be issued. */
  readonly status: AutoQuoteStatus;
  /** netPremium + iof. In BRL. */
  readonly totalPremium: Scalars['Decimal']['output'];
  /** What the vehicle is used for. */
  readonly use: AutoVehicleUse;
  /** When it expires. */
  readonly validUntil: Scalars['DateTime']['output'];
  /** The vehicle. */
  readonly vehicle: AutoVehicle;
};

/** A page of quotes. */
export type AutoQuoteConnection = {
  readonly __typename?: 'AutoQuoteConnection';
  /** The quotes with their cursors. */
  readonly edges: ReadonlyArray<AutoQuoteEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** A quote with its cursor. */
export type AutoQuoteEdge = {
  readonly __typename?: 'AutoQuoteEdge';
  /** Pass it as after to read the quotes that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The quote. */
  readonly node: AutoQuote;
};

/** What quoteAutoInsurance asks for. */
export type AutoQuoteInput = {
  /** 0 (no bonus) to 10. */
  readonly bonusClass: Scalars['Int']['input'];
  /** At least one, none repeated. */
  readonly coverages: ReadonlyArray<AutoCoverage>;
  /** The deductible level. */
  readonly deductible: AutoDeductibleLevel;
  /** The main driver. */
  readonly driver: AutoDriverInput;
  /** CEP, 8 digits (01310-100 accepted). */
  readonly postalCode: Scalars['String']['input'];
  /** What the vehicle is used for. */
  readonly use: AutoVehicleUse;
  /** The vehicle. */
  readonly vehicle: AutoVehicleInput;
};

/** Whether a quote can still be issued. */
export type AutoQuoteStatus =
  /** Past validUntil: ask for a new quote. */
  | 'EXPIRED'
  /** Priced and valid until validUntil: issueAutoPolicy can turn it into a policy. */
  | 'QUOTED';

/** A coverage with its price. */
export type AutoQuotedCoverage = {
  readonly __typename?: 'AutoQuotedCoverage';
  /** The coverage. */
  readonly coverage: AutoCoverage;
  /** What the insured pays towards each claim on this coverage; null where none applies. In BRL. */
  readonly deductible?: Maybe<Scalars['Decimal']['output']>;
  /** Its net premium, in BRL. */
  readonly premium: Scalars['Decimal']['output'];
};

/** A credit to the customer's checking account that did not go through (no checking account yet, or it is closed). */
export type AutoTransferFailure = {
  readonly __typename?: 'AutoTransferFailure';
  /** When it failed. */
  readonly failedAt: Scalars['DateTime']['output'];
  /** The accounts subgraph's reason. */
  readonly reason: Scalars['String']['output'];
};

/** An insured (or quoted) vehicle. */
export type AutoVehicle = {
  readonly __typename?: 'AutoVehicle';
  /** FIPE table value, in BRL. */
  readonly fipeValue: Scalars['Decimal']['output'];
  /** The manufacturer. */
  readonly make: Scalars['String']['output'];
  /** The model. */
  readonly model: Scalars['String']['output'];
  /** Bare, uppercase. */
  readonly plate: Scalars['String']['output'];
  /** The model year. */
  readonly year: Scalars['Int']['output'];
};

/** The vehicle to insure. */
export type AutoVehicleInput = {
  /** FIPE table value of the make/model/year, in BRL, above zero. */
  readonly fipeValue: Scalars['Decimal']['input'];
  /** The manufacturer, e.g. "Fiat". */
  readonly make: Scalars['String']['input'];
  /** The model, e.g. "Argo". */
  readonly model: Scalars['String']['input'];
  /** ABC1234 or Mercosul ABC1D23. */
  readonly plate: Scalars['String']['input'];
  /** Model year, 1950 to next year. */
  readonly year: Scalars['Int']['input'];
};

/** What the vehicle is used for. */
export type AutoVehicleUse =
  /** Work: deliveries, ride-hailing, sales visits. */
  | 'COMMERCIAL'
  /** Private use, commuting included. */
  | 'PRIVATE';

/** What cancelAutoPolicy asks for. */
export type CancelAutoPolicyInput = {
  /** The caller's policy. */
  readonly policyId: Scalars['ID']['input'];
  /** Why, for the record. */
  readonly reason: Scalars['String']['input'];
};

/** What cancelAutoPolicy returns. */
export type CancelAutoPolicyPayload = {
  readonly __typename?: 'CancelAutoPolicyPayload';
  /** The policy, CANCELLED or CANCELLED_UNPAID. */
  readonly policy: AutoPolicy;
};

/** A customer of the bank. */
export type Customer = {
  readonly __typename?: 'Customer';
  /** The customer's auto policies, newest first. */
  readonly autoPolicies: AutoPolicyConnection;
  /** The customer's auto quotes, newest first. */
  readonly autoQuotes: AutoQuoteConnection;
  /** The customer's id. */
  readonly id: Scalars['ID']['output'];
};


/** A customer of the bank. */
export type CustomerAutoPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of the bank. */
export type CustomerAutoQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What fileAutoClaim asks for. */
export type FileAutoClaimInput = {
  /** Up to 2000 characters. */
  readonly description: Scalars['String']['input'];
  /** What the loss is estimated at, in BRL, above zero. */
  readonly estimatedAmount: Scalars['Decimal']['input'];
  /** Inside the policy's term, not in the future. */
  readonly occurredAt: Scalars['DateTime']['input'];
  /** The caller's ACTIVE policy the loss falls under. */
  readonly policyId: Scalars['ID']['input'];
  /** What kind of loss. */
  readonly type: AutoClaimType;
};

/** What fileAutoClaim returns. */
export type FileAutoClaimPayload = {
  readonly __typename?: 'FileAutoClaimPayload';
  /** The claim, OPEN. */
  readonly claim: AutoClaim;
};

/** What issueAutoPolicy asks for. */
export type IssueAutoPolicyInput = {
  /** How many installments to pay the total premium in: one of the quote's installmentOptions. */
  readonly installments: Scalars['Int']['input'];
  /** The caller's QUOTED quote. */
  readonly quoteId: Scalars['ID']['input'];
};

/** What issueAutoPolicy returns. */
export type IssueAutoPolicyPayload = {
  readonly __typename?: 'IssueAutoPolicyPayload';
  /** The policy, PENDING_PAYMENT until its first installment is paid. */
  readonly policy: AutoPolicy;
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Cancels the caller's policy; an ACTIVE one refunds the unused net premium paid, credited to the holder's checking account. */
  readonly cancelAutoPolicy: CancelAutoPolicyPayload;
  /** Reports a loss on the caller's ACTIVE policy. */
  readonly fileAutoClaim: FileAutoClaimPayload;
  /** Turns the caller's quote into a policy and requests the first installment by Pix. Issuing a quote again returns its policy. */
  readonly issueAutoPolicy: IssueAutoPolicyPayload;
  /** Prices auto insurance for the caller; the quote is valid for 30 days. */
  readonly quoteAutoInsurance: QuoteAutoInsurancePayload;
  /** Staff only, not on their own policy. Asks again for the payout of an APPROVED claim whose last credit failed (e.g. after the holder opened a checking account). */
  readonly retryAutoClaimPayout: RetryAutoClaimPayoutPayload;
  /** The policyholder or staff. Asks again for the refunds of the policy whose last credit failed (e.g. after opening a checking account). */
  readonly retryAutoPolicyRefund: RetryAutoPolicyRefundPayload;
  /** Staff only. APPROVE needs approvedAmount (the payout is approvedAmount − deductible); DENY takes an optional note. */
  readonly reviewAutoClaim: ReviewAutoClaimPayload;
  /** The holder turns on (or off) the debit of each later premium installment from their checking account on its due date. A refused debit leaves the installment open and tells the holder (myPaymentUpdates, insurance.policy.auto-debit-failed). */
  readonly setPolicyAutoDebit: SetPolicyAutoDebitPayload;
};


export type MutationCancelAutoPolicyArgs = {
  input: CancelAutoPolicyInput;
};


export type MutationFileAutoClaimArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: FileAutoClaimInput;
};


export type MutationIssueAutoPolicyArgs = {
  input: IssueAutoPolicyInput;
};


export type MutationQuoteAutoInsuranceArgs = {
  input: AutoQuoteInput;
};


export type MutationRetryAutoClaimPayoutArgs = {
  input: RetryAutoClaimPayoutInput;
};


export type MutationRetryAutoPolicyRefundArgs = {
  input: RetryAutoPolicyRefundInput;
};


export type MutationReviewAutoClaimArgs = {
  input: ReviewAutoClaimInput;
};


export type MutationSetPolicyAutoDebitArgs = {
  input: SetPolicyAutoDebitInput;
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

/** A charge (cobrança): what a payer scans or pastes to pay. */
export type PixCharge = {
  readonly __typename?: 'PixCharge';
  /** The policy whose premium this charge was requested for; null when the charge is not an insurance premium's or the policy is not the caller's. */
  readonly autoPolicy?: Maybe<AutoPolicy>;
  /** The charge's transaction id. */
  readonly txid: Scalars['ID']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /** A claim, visible to the policyholder and to staff. */
  readonly autoClaim?: Maybe<AutoClaim>;
  /** A policy, visible to its holder and to staff. */
  readonly autoPolicy?: Maybe<AutoPolicy>;
  /** A quote, visible to the customer who asked for it and to staff. */
  readonly autoQuote?: Maybe<AutoQuote>;
};


export type QueryAutoClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAutoPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAutoQuoteArgs = {
  id: Scalars['ID']['input'];
};

/** What quoteAutoInsurance returns. */
export type QuoteAutoInsurancePayload = {
  readonly __typename?: 'QuoteAutoInsurancePayload';
  /** The quote, QUOTED. */
  readonly quote: AutoQuote;
};

/** What retryAutoClaimPayout asks for. */
export type RetryAutoClaimPayoutInput = {
  /** The APPROVED claim whose last payout failed. */
  readonly claimId: Scalars['ID']['input'];
};

/** What retryAutoClaimPayout returns. */
export type RetryAutoClaimPayoutPayload = {
  readonly __typename?: 'RetryAutoClaimPayoutPayload';
  /** The claim, its payout requested again. */
  readonly claim: AutoClaim;
};

/** What retryAutoPolicyRefund asks for. */
export type RetryAutoPolicyRefundInput = {
  /** The policy whose last refund failed. */
  readonly policyId: Scalars['ID']['input'];
};

/** What retryAutoPolicyRefund returns. */
export type RetryAutoPolicyRefundPayload = {
  readonly __typename?: 'RetryAutoPolicyRefundPayload';
  /** The policy, its refunds requested again. */
  readonly policy: AutoPolicy;
};

/** What reviewAutoClaim asks for. */
export type ReviewAutoClaimInput = {
  /** Needed to APPROVE, refused with DENY: the loss accepted, in BRL (a decimal string), at most the vehicle's FIPE value. */
  readonly approvedAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The OPEN claim. */
  readonly claimId: Scalars['ID']['input'];
  /** Approve or deny it. */
  readonly decision: AutoClaimDecision;
  /** Why it is denied (DENY only). */
  readonly note?: InputMaybe<Scalars['String']['input']>;
};

/** What reviewAutoClaim returns. */
export type ReviewAutoClaimPayload = {
  readonly __typename?: 'ReviewAutoClaimPayload';
  /** The claim, APPROVED or DENIED. */
  readonly claim: AutoClaim;
};

/** What setPolicyAutoDebit asks for. */
export type SetPolicyAutoDebitInput = {
  /** true: each later premium installment is debited from the holder's checking account on its due date. */
  readonly enabled: Scalars['Boolean']['input'];
  /** The caller's ACTIVE policy. */
  readonly policyId: Scalars['ID']['input'];
};

/** What setPolicyAutoDebit returns. */
export type SetPolicyAutoDebitPayload = {
  readonly __typename?: 'SetPolicyAutoDebitPayload';
  /** The policy, its automatic debit as set. */
  readonly policy: AutoPolicy;
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
  AutoClaim: AutoClaim;
  AutoPolicy: AutoPolicy;
  AutoQuote: AutoQuote;
  Customer: Customer;
  PixCharge: PixCharge;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AutoClaim:
    ( { __typename: 'AutoClaim' }
    & GraphQLRecursivePick<FederationTypes['AutoClaim'], {"id":true}> );
  AutoPolicy:
    ( { __typename: 'AutoPolicy' }
    & GraphQLRecursivePick<FederationTypes['AutoPolicy'], {"id":true}> );
  AutoQuote:
    ( { __typename: 'AutoQuote' }
    & GraphQLRecursivePick<FederationTypes['AutoQuote'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  PixCharge:
    ( { __typename: 'PixCharge' }
    & GraphQLRecursivePick<FederationTypes['PixCharge'], {"txid":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AutoClaim: ResolverTypeWrapper<ClaimRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AutoClaimConnection: ResolverTypeWrapper<ClaimPage>;
  AutoClaimDecision: AutoClaimDecision;
  AutoClaimEdge: ResolverTypeWrapper<Omit<AutoClaimEdge, 'node'> & { node: ResolversTypes['AutoClaim'] }>;
  AutoClaimStatus: AutoClaimStatus;
  AutoClaimType: AutoClaimType;
  AutoCoverage: AutoCoverage;
  AutoDeductibleLevel: AutoDeductibleLevel;
  AutoDriver: ResolverTypeWrapper<Driver>;
  AutoDriverInput: AutoDriverInput;
  AutoInstallmentOption: ResolverTypeWrapper<InstallmentOption>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AutoPolicy: ResolverTypeWrapper<PolicyRecord>;
  AutoPolicyAutoDebit: ResolverTypeWrapper<AutoPolicyAutoDebit>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AutoPolicyAutoDebitAttempt: ResolverTypeWrapper<AutoPolicyAutoDebitAttempt>;
  AutoPolicyAutoDebitStatus: AutoPolicyAutoDebitStatus;
  AutoPolicyConnection: ResolverTypeWrapper<PolicyPage>;
  AutoPolicyEdge: ResolverTypeWrapper<Omit<AutoPolicyEdge, 'node'> & { node: ResolversTypes['AutoPolicy'] }>;
  AutoPolicyStatus: AutoPolicyStatus;
  AutoQuote: ResolverTypeWrapper<QuoteRecord>;
  AutoQuoteConnection: ResolverTypeWrapper<QuotePage>;
  AutoQuoteEdge: ResolverTypeWrapper<Omit<AutoQuoteEdge, 'node'> & { node: ResolversTypes['AutoQuote'] }>;
  AutoQuoteInput: AutoQuoteInput;
  AutoQuoteStatus: AutoQuoteStatus;
  AutoQuotedCoverage: ResolverTypeWrapper<QuotedCoverage>;
  AutoTransferFailure: ResolverTypeWrapper<AutoTransferFailure>;
  AutoVehicle: ResolverTypeWrapper<Vehicle>;
  AutoVehicleInput: AutoVehicleInput;
  AutoVehicleUse: AutoVehicleUse;
  CancelAutoPolicyInput: CancelAutoPolicyInput;
  CancelAutoPolicyPayload: ResolverTypeWrapper<Omit<CancelAutoPolicyPayload, 'policy'> & { policy: ResolversTypes['AutoPolicy'] }>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FileAutoClaimInput: FileAutoClaimInput;
  FileAutoClaimPayload: ResolverTypeWrapper<Omit<FileAutoClaimPayload, 'claim'> & { claim: ResolversTypes['AutoClaim'] }>;
  IssueAutoPolicyInput: IssueAutoPolicyInput;
  IssueAutoPolicyPayload: ResolverTypeWrapper<Omit<IssueAutoPolicyPayload, 'policy'> & { policy: ResolversTypes['AutoPolicy'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PixCharge: ResolverTypeWrapper<PixChargeRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteAutoInsurancePayload: ResolverTypeWrapper<Omit<QuoteAutoInsurancePayload, 'quote'> & { quote: ResolversTypes['AutoQuote'] }>;
  RetryAutoClaimPayoutInput: RetryAutoClaimPayoutInput;
  RetryAutoClaimPayoutPayload: ResolverTypeWrapper<Omit<RetryAutoClaimPayoutPayload, 'claim'> & { claim: ResolversTypes['AutoClaim'] }>;
  RetryAutoPolicyRefundInput: RetryAutoPolicyRefundInput;
  RetryAutoPolicyRefundPayload: ResolverTypeWrapper<Omit<RetryAutoPolicyRefundPayload, 'policy'> & { policy: ResolversTypes['AutoPolicy'] }>;
  ReviewAutoClaimInput: ReviewAutoClaimInput;
  ReviewAutoClaimPayload: ResolverTypeWrapper<Omit<ReviewAutoClaimPayload, 'claim'> & { claim: ResolversTypes['AutoClaim'] }>;
  SetPolicyAutoDebitInput: SetPolicyAutoDebitInput;
  SetPolicyAutoDebitPayload: ResolverTypeWrapper<Omit<SetPolicyAutoDebitPayload, 'policy'> & { policy: ResolversTypes['AutoPolicy'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AutoClaim: ClaimRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AutoClaimConnection: ClaimPage;
  AutoClaimEdge: Omit<AutoClaimEdge, 'node'> & { node: ResolversParentTypes['AutoClaim'] };
  AutoDriver: Driver;
  AutoDriverInput: AutoDriverInput;
  AutoInstallmentOption: InstallmentOption;
  Int: Scalars['Int']['output'];
  AutoPolicy: PolicyRecord;
  AutoPolicyAutoDebit: AutoPolicyAutoDebit;
  Boolean: Scalars['Boolean']['output'];
  AutoPolicyAutoDebitAttempt: AutoPolicyAutoDebitAttempt;
  AutoPolicyConnection: PolicyPage;
  AutoPolicyEdge: Omit<AutoPolicyEdge, 'node'> & { node: ResolversParentTypes['AutoPolicy'] };
  AutoQuote: QuoteRecord;
  AutoQuoteConnection: QuotePage;
  AutoQuoteEdge: Omit<AutoQuoteEdge, 'node'> & { node: ResolversParentTypes['AutoQuote'] };
  AutoQuoteInput: AutoQuoteInput;
  AutoQuotedCoverage: QuotedCoverage;
  AutoTransferFailure: AutoTransferFailure;
  AutoVehicle: Vehicle;
  AutoVehicleInput: AutoVehicleInput;
  CancelAutoPolicyInput: CancelAutoPolicyInput;
  CancelAutoPolicyPayload: Omit<CancelAutoPolicyPayload, 'policy'> & { policy: ResolversParentTypes['AutoPolicy'] };
  Customer: CustomerRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  FileAutoClaimInput: FileAutoClaimInput;
  FileAutoClaimPayload: Omit<FileAutoClaimPayload, 'claim'> & { claim: ResolversParentTypes['AutoClaim'] };
  IssueAutoPolicyInput: IssueAutoPolicyInput;
  IssueAutoPolicyPayload: Omit<IssueAutoPolicyPayload, 'policy'> & { policy: ResolversParentTypes['AutoPolicy'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PixCharge: PixChargeRef;
  Query: Record<PropertyKey, never>;
  QuoteAutoInsurancePayload: Omit<QuoteAutoInsurancePayload, 'quote'> & { quote: ResolversParentTypes['AutoQuote'] };
  RetryAutoClaimPayoutInput: RetryAutoClaimPayoutInput;
  RetryAutoClaimPayoutPayload: Omit<RetryAutoClaimPayoutPayload, 'claim'> & { claim: ResolversParentTypes['AutoClaim'] };
  RetryAutoPolicyRefundInput: RetryAutoPolicyRefundInput;
  RetryAutoPolicyRefundPayload: Omit<RetryAutoPolicyRefundPayload, 'policy'> & { policy: ResolversParentTypes['AutoPolicy'] };
  ReviewAutoClaimInput: ReviewAutoClaimInput;
  ReviewAutoClaimPayload: Omit<ReviewAutoClaimPayload, 'claim'> & { claim: ResolversParentTypes['AutoClaim'] };
  SetPolicyAutoDebitInput: SetPolicyAutoDebitInput;
  SetPolicyAutoDebitPayload: Omit<SetPolicyAutoDebitPayload, 'policy'> & { policy: ResolversParentTypes['AutoPolicy'] };
}>;

export type AutoClaimResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoClaim'] = ResolversParentTypes['AutoClaim'], FederationReferenceType extends FederationReferenceTypes['AutoClaim'] = FederationReferenceTypes['AutoClaim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AutoClaim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['AutoCoverage'], ParentType, ContextType>;
  deductible?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  denialNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payout?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  payoutFailure?: Resolver<Maybe<ResolversTypes['AutoTransferFailure']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AutoClaimStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AutoClaimType'], ParentType, ContextType>;
}>;

export type AutoClaimConnectionResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoClaimConnection'] = ResolversParentTypes['AutoClaimConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['AutoClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AutoClaimEdgeResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoClaimEdge'] = ResolversParentTypes['AutoClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AutoClaim'], ParentType, ContextType>;
}>;

export type AutoDriverResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoDriver'] = ResolversParentTypes['AutoDriver']> = ResolversObject<{
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  licensedSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutoInstallmentOptionResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoInstallmentOption'] = ResolversParentTypes['AutoInstallmentOption']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type AutoPolicyResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoPolicy'] = ResolversParentTypes['AutoPolicy'], FederationReferenceType extends FederationReferenceTypes['AutoPolicy'] = FederationReferenceTypes['AutoPolicy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AutoPolicy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoDebit?: Resolver<ResolversTypes['AutoPolicyAutoDebit'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['AutoClaimConnection'], ParentType, ContextType, RequireFields<AutoPolicyClaimsArgs, 'first'>>;
  coverages?: Resolver<ReadonlyArray<ResolversTypes['AutoQuotedCoverage']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installments?: Resolver<ResolversTypes['AutoInstallmentOption'], ParentType, ContextType>;
  insured?: Resolver<ResolversTypes['AutoDriver'], ParentType, ContextType>;
  iof?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  netPremium?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  nextInstallmentDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  premiumCharges?: Resolver<ReadonlyArray<ResolversTypes['PixCharge']>, ParentType, ContextType>;
  premiumPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['AutoQuote'], ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  refundFailure?: Resolver<Maybe<ResolversTypes['AutoTransferFailure']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AutoPolicyStatus'], ParentType, ContextType>;
  totalPremium?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['AutoVehicle'], ParentType, ContextType>;
}>;

export type AutoPolicyAutoDebitResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoPolicyAutoDebit'] = ResolversParentTypes['AutoPolicyAutoDebit']> = ResolversObject<{
  attempts?: Resolver<ReadonlyArray<ResolversTypes['AutoPolicyAutoDebitAttempt']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AutoPolicyAutoDebitAttemptResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoPolicyAutoDebitAttempt'] = ResolversParentTypes['AutoPolicyAutoDebitAttempt']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  installmentNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AutoPolicyAutoDebitStatus'], ParentType, ContextType>;
}>;

export type AutoPolicyConnectionResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoPolicyConnection'] = ResolversParentTypes['AutoPolicyConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['AutoPolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AutoPolicyEdgeResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoPolicyEdge'] = ResolversParentTypes['AutoPolicyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
}>;

export type AutoQuoteResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoQuote'] = ResolversParentTypes['AutoQuote'], FederationReferenceType extends FederationReferenceTypes['AutoQuote'] = FederationReferenceTypes['AutoQuote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AutoQuote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bonusClass?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverages?: Resolver<ReadonlyArray<ResolversTypes['AutoQuotedCoverage']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deductibleLevel?: Resolver<ResolversTypes['AutoDeductibleLevel'], ParentType, ContextType>;
  driver?: Resolver<ResolversTypes['AutoDriver'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installmentOptions?: Resolver<ReadonlyArray<ResolversTypes['AutoInstallmentOption']>, ParentType, ContextType>;
  iof?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  netPremium?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['AutoPolicy']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AutoQuoteStatus'], ParentType, ContextType>;
  totalPremium?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  use?: Resolver<ResolversTypes['AutoVehicleUse'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['AutoVehicle'], ParentType, ContextType>;
}>;

export type AutoQuoteConnectionResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoQuoteConnection'] = ResolversParentTypes['AutoQuoteConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['AutoQuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AutoQuoteEdgeResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoQuoteEdge'] = ResolversParentTypes['AutoQuoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AutoQuote'], ParentType, ContextType>;
}>;

export type AutoQuotedCoverageResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoQuotedCoverage'] = ResolversParentTypes['AutoQuotedCoverage']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['AutoCoverage'], ParentType, ContextType>;
  deductible?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  premium?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type AutoTransferFailureResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoTransferFailure'] = ResolversParentTypes['AutoTransferFailure']> = ResolversObject<{
  failedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutoVehicleResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['AutoVehicle'] = ResolversParentTypes['AutoVehicle']> = ResolversObject<{
  fipeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  make?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CancelAutoPolicyPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['CancelAutoPolicyPayload'] = ResolversParentTypes['CancelAutoPolicyPayload']> = ResolversObject<{
  policy?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoPolicies?: Resolver<ResolversTypes['AutoPolicyConnection'], ParentType, ContextType, RequireFields<CustomerAutoPoliciesArgs, 'first'>>;
  autoQuotes?: Resolver<ResolversTypes['AutoQuoteConnection'], ParentType, ContextType, RequireFields<CustomerAutoQuotesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type FileAutoClaimPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['FileAutoClaimPayload'] = ResolversParentTypes['FileAutoClaimPayload']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['AutoClaim'], ParentType, ContextType>;
}>;

export type IssueAutoPolicyPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['IssueAutoPolicyPayload'] = ResolversParentTypes['IssueAutoPolicyPayload']> = ResolversObject<{
  policy?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelAutoPolicy?: Resolver<ResolversTypes['CancelAutoPolicyPayload'], ParentType, ContextType, RequireFields<MutationCancelAutoPolicyArgs, 'input'>>;
  fileAutoClaim?: Resolver<ResolversTypes['FileAutoClaimPayload'], ParentType, ContextType, RequireFields<MutationFileAutoClaimArgs, 'idempotencyKey' | 'input'>>;
  issueAutoPolicy?: Resolver<ResolversTypes['IssueAutoPolicyPayload'], ParentType, ContextType, RequireFields<MutationIssueAutoPolicyArgs, 'input'>>;
  quoteAutoInsurance?: Resolver<ResolversTypes['QuoteAutoInsurancePayload'], ParentType, ContextType, RequireFields<MutationQuoteAutoInsuranceArgs, 'input'>>;
  retryAutoClaimPayout?: Resolver<ResolversTypes['RetryAutoClaimPayoutPayload'], ParentType, ContextType, RequireFields<MutationRetryAutoClaimPayoutArgs, 'input'>>;
  retryAutoPolicyRefund?: Resolver<ResolversTypes['RetryAutoPolicyRefundPayload'], ParentType, ContextType, RequireFields<MutationRetryAutoPolicyRefundArgs, 'input'>>;
  reviewAutoClaim?: Resolver<ResolversTypes['ReviewAutoClaimPayload'], ParentType, ContextType, RequireFields<MutationReviewAutoClaimArgs, 'input'>>;
  setPolicyAutoDebit?: Resolver<ResolversTypes['SetPolicyAutoDebitPayload'], ParentType, ContextType, RequireFields<MutationSetPolicyAutoDebitArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PixChargeResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['PixCharge'] = ResolversParentTypes['PixCharge'], FederationReferenceType extends FederationReferenceTypes['PixCharge'] = FederationReferenceTypes['PixCharge']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PixCharge']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoPolicy?: Resolver<Maybe<ResolversTypes['AutoPolicy']>, ParentType, ContextType>;
  txid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  autoClaim?: Resolver<Maybe<ResolversTypes['AutoClaim']>, ParentType, ContextType, RequireFields<QueryAutoClaimArgs, 'id'>>;
  autoPolicy?: Resolver<Maybe<ResolversTypes['AutoPolicy']>, ParentType, ContextType, RequireFields<QueryAutoPolicyArgs, 'id'>>;
  autoQuote?: Resolver<Maybe<ResolversTypes['AutoQuote']>, ParentType, ContextType, RequireFields<QueryAutoQuoteArgs, 'id'>>;
}>;

export type QuoteAutoInsurancePayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['QuoteAutoInsurancePayload'] = ResolversParentTypes['QuoteAutoInsurancePayload']> = ResolversObject<{
  quote?: Resolver<ResolversTypes['AutoQuote'], ParentType, ContextType>;
}>;

export type RetryAutoClaimPayoutPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['RetryAutoClaimPayoutPayload'] = ResolversParentTypes['RetryAutoClaimPayoutPayload']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['AutoClaim'], ParentType, ContextType>;
}>;

export type RetryAutoPolicyRefundPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['RetryAutoPolicyRefundPayload'] = ResolversParentTypes['RetryAutoPolicyRefundPayload']> = ResolversObject<{
  policy?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
}>;

export type ReviewAutoClaimPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['ReviewAutoClaimPayload'] = ResolversParentTypes['ReviewAutoClaimPayload']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['AutoClaim'], ParentType, ContextType>;
}>;

export type SetPolicyAutoDebitPayloadResolvers<ContextType = InsuranceContext, ParentType extends ResolversParentTypes['SetPolicyAutoDebitPayload'] = ResolversParentTypes['SetPolicyAutoDebitPayload']> = ResolversObject<{
  policy?: Resolver<ResolversTypes['AutoPolicy'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InsuranceContext> = ResolversObject<{
  AutoClaim?: AutoClaimResolvers<ContextType>;
  AutoClaimConnection?: AutoClaimConnectionResolvers<ContextType>;
  AutoClaimEdge?: AutoClaimEdgeResolvers<ContextType>;
  AutoDriver?: AutoDriverResolvers<ContextType>;
  AutoInstallmentOption?: AutoInstallmentOptionResolvers<ContextType>;
  AutoPolicy?: AutoPolicyResolvers<ContextType>;
  AutoPolicyAutoDebit?: AutoPolicyAutoDebitResolvers<ContextType>;
  AutoPolicyAutoDebitAttempt?: AutoPolicyAutoDebitAttemptResolvers<ContextType>;
  AutoPolicyConnection?: AutoPolicyConnectionResolvers<ContextType>;
  AutoPolicyEdge?: AutoPolicyEdgeResolvers<ContextType>;
  AutoQuote?: AutoQuoteResolvers<ContextType>;
  AutoQuoteConnection?: AutoQuoteConnectionResolvers<ContextType>;
  AutoQuoteEdge?: AutoQuoteEdgeResolvers<ContextType>;
  AutoQuotedCoverage?: AutoQuotedCoverageResolvers<ContextType>;
  AutoTransferFailure?: AutoTransferFailureResolvers<ContextType>;
  AutoVehicle?: AutoVehicleResolvers<ContextType>;
  CancelAutoPolicyPayload?: CancelAutoPolicyPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  FileAutoClaimPayload?: FileAutoClaimPayloadResolvers<ContextType>;
  IssueAutoPolicyPayload?: IssueAutoPolicyPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PixCharge?: PixChargeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteAutoInsurancePayload?: QuoteAutoInsurancePayloadResolvers<ContextType>;
  RetryAutoClaimPayoutPayload?: RetryAutoClaimPayoutPayloadResolvers<ContextType>;
  RetryAutoPolicyRefundPayload?: RetryAutoPolicyRefundPayloadResolvers<ContextType>;
  ReviewAutoClaimPayload?: ReviewAutoClaimPayloadResolvers<ContextType>;
  SetPolicyAutoDebitPayload?: SetPolicyAutoDebitPayloadResolvers<ContextType>;
}>;

