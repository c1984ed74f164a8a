import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef, PaymentView, ChargePage, TransferPage } from '../mappers';
import type { PixKeyRecord } from '../../application/ports';
import type { Charge, Transfer, DecodedBrCode } from '../../domain';
import type { PaymentRefund } from '../../application/refunds';
import type { PixContext } from '../context';
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

export type CreatePixChargeInput = {
  /** Omit to let the payer choose the amount. */
  readonly amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Up to 140 characters, shown to the payer. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** Default 86400 (one day); 60 to 31536000. */
  readonly expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** One of the caller's keys. */
  readonly key: Scalars['String']['input'];
  readonly payer?: InputMaybe<PixChargePayerInput>;
};

export type Customer = {
  readonly __typename?: 'Customer';
  readonly id: Scalars['ID']['output'];
  /** Charges the customer receives, newest first. */
  readonly pixCharges: PixChargeConnection;
  /** The customer's Pix keys, oldest first. */
  readonly pixKeys: ReadonlyArray<PixKey>;
  /** Transfers the customer sent, newest first. */
  readonly pixTransfers: PixTransferConnection;
};


export type CustomerPixChargesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PixChargeStatus>;
};


export type CustomerPixTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  readonly createPixCharge: PixCharge;
  readonly deletePixKey: Scalars['Boolean']['output'];
  /** Returns part or all of a payment received to its payer. A retry with the same idempotencyKey returns the same refund, without refunding again. */
  readonly refundPixPayment: PixRefund;
  readonly registerPixKey: PixKey;
  readonly removePixCharge: PixCharge;
  /** Sandbox only: an external payer pays the charge. */
  readonly simulatePixPayment: PixPayment;
};


export type MutationCreatePixChargeArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CreatePixChargeInput;
};


export type MutationDeletePixKeyArgs = {
  key: Scalars['String']['input'];
};


export type MutationRefundPixPaymentArgs = {
  amount: Scalars['Decimal']['input'];
  endToEndId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterPixKeyArgs = {
  input: RegisterPixKeyInput;
};


export type MutationRemovePixChargeArgs = {
  txid: Scalars['ID']['input'];
};


export type MutationSimulatePixPaymentArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  txid: Scalars['ID']['input'];
};

export type PageInfo = {
  readonly __typename?: 'PageInfo';
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
};

/** A charge (cobrança): what a payer scans or pastes to pay. */
export type PixCharge = {
  readonly __typename?: 'PixCharge';
  /** Null when the payer chooses the amount. */
  readonly amount?: Maybe<Scalars['Decimal']['output']>;
  /** The EMV payload (copia e cola). */
  readonly brCode: Scalars['String']['output'];
  readonly createdAt: Scalars['DateTime']['output'];
  readonly description?: Maybe<Scalars['String']['output']>;
  readonly expiresAt: Scalars['DateTime']['output'];
  /** The receiver's Pix key. */
  readonly key: Scalars['String']['output'];
  readonly payer?: Maybe<PixChargePayer>;
  readonly payments: ReadonlyArray<PixPayment>;
  /** PNG image of the QR code as a data URL. */
  readonly qrCodePng: Scalars['String']['output'];
  /** SVG image of the QR code. */
  readonly qrCodeSvg: Scalars['String']['output'];
  readonly receiverName: Scalars['String']['output'];
  readonly status: PixChargeStatus;
  readonly txid: Scalars['ID']['output'];
};

export type PixChargeConnection = {
  readonly __typename?: 'PixChargeConnection';
  readonly edges: ReadonlyArray<PixChargeEdge>;
  readonly pageInfo: PageInfo;
};

export type PixChargeEdge = {
  readonly __typename?: 'PixChargeEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: PixCharge;
};

export type PixChargePayer = {
  readonly __typename?: 'PixChargePayer';
  /** CPF or CNPJ, bare. */
  readonly document: Scalars['String']['output'];
  readonly name: Scalars['String']['output'];
};

export type PixChargePayerInput = {
  readonly document: Scalars['String']['input'];
  readonly name: Scalars['String']['input'];
};

export type PixChargeStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'REMOVED_BY_PSP'
  | 'REMOVED_BY_RECEIVER';

/** A Pix participant. */
export type PixInstitution = {
  readonly __typename?: 'PixInstitution';
  /** Its ISPB: 8 digits. */
  readonly ispb: Scalars['String']['output'];
  /** Its name. */
  readonly name: Scalars['String']['output'];
};

export type PixKey = {
  readonly __typename?: 'PixKey';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly holderName: Scalars['String']['output'];
  /** Normalized: CPF/CNPJ bare, phone in E.164, e-mail lowercase, EVP lowercase UUID. */
  readonly key: Scalars['String']['output'];
  readonly type: PixKeyType;
};

export type PixKeyType =
  | 'CNPJ'
  | 'CPF'
  | 'EMAIL'
  /** Random key (UUID) generated by the bank. */
  | 'EVP'
  | 'PHONE';

/** What a BR Code says, decoded before paying it. */
export type PixPayloadPreview = {
  readonly __typename?: 'PixPayloadPreview';
  /** Null when the payer chooses the amount. */
  readonly amount?: Maybe<Scalars['Decimal']['output']>;
  readonly description?: Maybe<Scalars['String']['output']>;
  readonly key: Scalars['String']['output'];
  readonly merchantCity: Scalars['String']['output'];
  readonly merchantName: Scalars['String']['output'];
  readonly pointOfInitiation?: Maybe<PixPointOfInitiation>;
  readonly postalCode?: Maybe<Scalars['String']['output']>;
  /** Who receives, from the DICT: show it before the payer confirms. */
  readonly receiver: PixPayloadReceiver;
  /** *** when the code carries no txid. */
  readonly txid: Scalars['String']['output'];
};

/** Who a code pays, from the DICT lookup of its key. */
export type PixPayloadReceiver = {
  readonly __typename?: 'PixPayloadReceiver';
  /** CPF masked as ***.456.789-**, a CNPJ in full; null at another institution. */
  readonly document?: Maybe<Scalars['String']['output']>;
  /** Where the key is held. */
  readonly institution: PixInstitution;
  /** The key holder's name (at another institution: the name the code carries). */
  readonly name: Scalars['String']['output'];
};

export type PixPayment = {
  readonly __typename?: 'PixPayment';
  readonly amount: Scalars['Decimal']['output'];
  /** End-to-end id of the payment (E + ISPB + time + 11 characters). */
  readonly endToEndId: Scalars['ID']['output'];
  readonly paidAt: Scalars['DateTime']['output'];
  /** What has been refunded so far. */
  readonly refundedAmount: Scalars['Decimal']['output'];
  readonly refunds: ReadonlyArray<PixRefund>;
  readonly txid: Scalars['ID']['output'];
};

export type PixPointOfInitiation =
  | 'REUSABLE'
  | 'SINGLE_USE';

export type PixRefund = {
  readonly __typename?: 'PixRefund';
  readonly amount: Scalars['Decimal']['output'];
  readonly createdAt: Scalars['DateTime']['output'];
  readonly endToEndId: Scalars['ID']['output'];
  readonly id: Scalars['ID']['output'];
  readonly reason: Scalars['String']['output'];
  readonly status: PixRefundStatus;
};

export type PixRefundStatus =
  | 'COMPLETED';

export type PixTransfer = {
  readonly __typename?: 'PixTransfer';
  readonly amount: Scalars['Decimal']['output'];
  readonly createdAt: Scalars['DateTime']['output'];
  readonly description?: Maybe<Scalars['String']['output']>;
  readonly endToEndId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed, when it did. */
  readonly failureReason?: Maybe<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  /** Who sent it, as its receiver may see them. */
  readonly payer: PixTransferPayer;
  readonly settledAt?: Maybe<Scalars['DateTime']['output']>;
  readonly status: PixTransferStatus;
  /** Null when a transfer requested for a customer found no key of theirs. */
  readonly toKey?: Maybe<Scalars['String']['output']>;
};

export type PixTransferConnection = {
  readonly __typename?: 'PixTransferConnection';
  readonly edges: ReadonlyArray<PixTransferEdge>;
  readonly pageInfo: PageInfo;
};

export type PixTransferEdge = {
  readonly __typename?: 'PixTransferEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: PixTransfer;
};

/** The sender of a transfer: a name and a masked document, nothing else. */
export type PixTransferPayer = {
  readonly __typename?: 'PixTransferPayer';
  /** A CPF masked as ***.456.789-**; a CNPJ in full. */
  readonly document: Scalars['String']['output'];
  readonly name: Scalars['String']['output'];
};

export type PixTransferStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SETTLED';

export type Query = {
  readonly __typename?: 'Query';
  /** A charge, visible to its receiver and to the payer named on it. */
  readonly pixCharge?: Maybe<PixCharge>;
  /** Decodes any BR Code (copia e cola) before paying it. */
  readonly pixPayloadPreview: PixPayloadPreview;
  /** A transfer, visible to its sender. */
  readonly pixTransfer?: Maybe<PixTransfer>;
};


export type QueryPixChargeArgs = {
  txid: Scalars['ID']['input'];
};


export type QueryPixPayloadPreviewArgs = {
  brCode: Scalars['String']['input'];
};


export type QueryPixTransferArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterPixKeyInput = {
  /** Omitted for EVP, which the bank generates. */
  readonly key?: InputMaybe<Scalars['String']['input']>;
  readonly type: PixKeyType;
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
  PixCharge: PixCharge;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  PixCharge:
    ( { __typename: 'PixCharge' }
    & GraphQLRecursivePick<FederationTypes['PixCharge'], {"txid":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreatePixChargeInput: CreatePixChargeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PixCharge: ResolverTypeWrapper<Charge>;
  PixChargeConnection: ResolverTypeWrapper<ChargePage>;
  PixChargeEdge: ResolverTypeWrapper<Omit<PixChargeEdge, 'node'> & { node: ResolversTypes['PixCharge'] }>;
  PixChargePayer: ResolverTypeWrapper<PixChargePayer>;
  PixChargePayerInput: PixChargePayerInput;
  PixChargeStatus: PixChargeStatus;
  PixInstitution: ResolverTypeWrapper<PixInstitution>;
  PixKey: ResolverTypeWrapper<PixKeyRecord>;
  PixKeyType: PixKeyType;
  PixPayloadPreview: ResolverTypeWrapper<DecodedBrCode>;
  PixPayloadReceiver: ResolverTypeWrapper<PixPayloadReceiver>;
  PixPayment: ResolverTypeWrapper<PaymentView>;
  PixPointOfInitiation: PixPointOfInitiation;
  PixRefund: ResolverTypeWrapper<PaymentRefund>;
  PixRefundStatus: PixRefundStatus;
  PixTransfer: ResolverTypeWrapper<Transfer>;
  PixTransferConnection: ResolverTypeWrapper<TransferPage>;
  PixTransferEdge: ResolverTypeWrapper<Omit<PixTransferEdge, 'node'> & { node: ResolversTypes['PixTransfer'] }>;
  PixTransferPayer: ResolverTypeWrapper<PixTransferPayer>;
  PixTransferStatus: PixTransferStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPixKeyInput: RegisterPixKeyInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreatePixChargeInput: CreatePixChargeInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Customer: CustomerRef;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  PixCharge: Charge;
  PixChargeConnection: ChargePage;
  PixChargeEdge: Omit<PixChargeEdge, 'node'> & { node: ResolversParentTypes['PixCharge'] };
  PixChargePayer: PixChargePayer;
  PixChargePayerInput: PixChargePayerInput;
  PixInstitution: PixInstitution;
  PixKey: PixKeyRecord;
  PixPayloadPreview: DecodedBrCode;
  PixPayloadReceiver: PixPayloadReceiver;
  PixPayment: PaymentView;
  PixRefund: PaymentRefund;
  PixTransfer: Transfer;
  PixTransferConnection: TransferPage;
  PixTransferEdge: Omit<PixTransferEdge, 'node'> & { node: ResolversParentTypes['PixTransfer'] };
  PixTransferPayer: PixTransferPayer;
  Query: Record<PropertyKey, never>;
  RegisterPixKeyInput: RegisterPixKeyInput;
}>;

export type CustomerResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pixCharges?: Resolver<ResolversTypes['PixChargeConnection'], ParentType, ContextType, RequireFields<CustomerPixChargesArgs, 'first'>>;
  pixKeys?: Resolver<ReadonlyArray<ResolversTypes['PixKey']>, ParentType, ContextType>;
  pixTransfers?: Resolver<ResolversTypes['PixTransferConnection'], ParentType, ContextType, RequireFields<CustomerPixTransfersArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MutationResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createPixCharge?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType, RequireFields<MutationCreatePixChargeArgs, 'idempotencyKey' | 'input'>>;
  deletePixKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePixKeyArgs, 'key'>>;
  refundPixPayment?: Resolver<ResolversTypes['PixRefund'], ParentType, ContextType, RequireFields<MutationRefundPixPaymentArgs, 'amount' | 'endToEndId' | 'idempotencyKey' | 'reason'>>;
  registerPixKey?: Resolver<ResolversTypes['PixKey'], ParentType, ContextType, RequireFields<MutationRegisterPixKeyArgs, 'input'>>;
  removePixCharge?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType, RequireFields<MutationRemovePixChargeArgs, 'txid'>>;
  simulatePixPayment?: Resolver<ResolversTypes['PixPayment'], ParentType, ContextType, RequireFields<MutationSimulatePixPaymentArgs, 'txid'>>;
}>;

export type PageInfoResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PixChargeResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixCharge'] = ResolversParentTypes['PixCharge'], FederationReferenceType extends FederationReferenceTypes['PixCharge'] = FederationReferenceTypes['PixCharge']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PixCharge']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  brCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['PixChargePayer']>, ParentType, ContextType>;
  payments?: Resolver<ReadonlyArray<ResolversTypes['PixPayment']>, ParentType, ContextType>;
  qrCodePng?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiverName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PixChargeStatus'], ParentType, ContextType>;
  txid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PixChargeConnectionResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixChargeConnection'] = ResolversParentTypes['PixChargeConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['PixChargeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PixChargeEdgeResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixChargeEdge'] = ResolversParentTypes['PixChargeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PixCharge'], ParentType, ContextType>;
}>;

export type PixChargePayerResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixChargePayer'] = ResolversParentTypes['PixChargePayer']> = ResolversObject<{
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixInstitutionResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixInstitution'] = ResolversParentTypes['PixInstitution']> = ResolversObject<{
  ispb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixKeyResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixKey'] = ResolversParentTypes['PixKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PixKeyType'], ParentType, ContextType>;
}>;

export type PixPayloadPreviewResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixPayloadPreview'] = ResolversParentTypes['PixPayloadPreview']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  merchantCity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  merchantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointOfInitiation?: Resolver<Maybe<ResolversTypes['PixPointOfInitiation']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receiver?: Resolver<ResolversTypes['PixPayloadReceiver'], ParentType, ContextType>;
  txid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixPayloadReceiverResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixPayloadReceiver'] = ResolversParentTypes['PixPayloadReceiver']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['PixInstitution'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixPaymentResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixPayment'] = ResolversParentTypes['PixPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  endToEndId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refundedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  refunds?: Resolver<ReadonlyArray<ResolversTypes['PixRefund']>, ParentType, ContextType>;
  txid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PixRefundResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixRefund'] = ResolversParentTypes['PixRefund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endToEndId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PixRefundStatus'], ParentType, ContextType>;
}>;

export type PixTransferResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixTransfer'] = ResolversParentTypes['PixTransfer']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endToEndId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['PixTransferPayer'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PixTransferStatus'], ParentType, ContextType>;
  toKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PixTransferConnectionResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixTransferConnection'] = ResolversParentTypes['PixTransferConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['PixTransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PixTransferEdgeResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixTransferEdge'] = ResolversParentTypes['PixTransferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PixTransfer'], ParentType, ContextType>;
}>;

export type PixTransferPayerResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['PixTransferPayer'] = ResolversParentTypes['PixTransferPayer']> = ResolversObject<{
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PixContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  pixCharge?: Resolver<Maybe<ResolversTypes['PixCharge']>, ParentType, ContextType, RequireFields<QueryPixChargeArgs, 'txid'>>;
  pixPayloadPreview?: Resolver<ResolversTypes['PixPayloadPreview'], ParentType, ContextType, RequireFields<QueryPixPayloadPreviewArgs, 'brCode'>>;
  pixTransfer?: Resolver<Maybe<ResolversTypes['PixTransfer']>, ParentType, ContextType, RequireFields<QueryPixTransferArgs, 'id'>>;
}>;

export type Resolvers<ContextType = PixContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PixCharge?: PixChargeResolvers<ContextType>;
  PixChargeConnection?: PixChargeConnectionResolvers<ContextType>;
  PixChargeEdge?: PixChargeEdgeResolvers<ContextType>;
  PixChargePayer?: PixChargePayerResolvers<ContextType>;
  PixInstitution?: PixInstitutionResolvers<ContextType>;
  PixKey?: PixKeyResolvers<ContextType>;
  PixPayloadPreview?: PixPayloadPreviewResolvers<ContextType>;
  PixPayloadReceiver?: PixPayloadReceiverResolvers<ContextType>;
  PixPayment?: PixPaymentResolvers<ContextType>;
  PixRefund?: PixRefundResolvers<ContextType>;
  PixTransfer?: PixTransferResolvers<ContextType>;
  PixTransferConnection?: PixTransferConnectionResolvers<ContextType>;
  PixTransferEdge?: PixTransferEdgeResolvers<ContextType>;
  PixTransferPayer?: PixTransferPayerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

