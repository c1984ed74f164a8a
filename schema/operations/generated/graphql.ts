/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What acceptLoanOffer asks for. */
export type AcceptLoanOfferInput = {
  /** The caller's APPROVED loan. */
  readonly loanId: string | number;
};

/** Whether an account can move money. */
export type AccountStatus =
  /** Sends and receives. */
  | 'ACTIVE'
  /** Blocked by staff: receives, but cannot send. */
  | 'BLOCKED'
  /** Closed: neither sends nor receives. */
  | 'CLOSED';

/** How a loan is paid back. */
export type AmortizationSystem =
  /** French system: a fixed installment. */
  | 'PRICE'
  /** Constant amortization: decreasing installments. */
  | 'SAC';

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

/** The main driver. */
export type AutoDriverInput = {
  /** At least 18 years before the quote date. */
  readonly birthDate: string;
  /** Bare or masked (000.000.000-00). */
  readonly cpf: string;
  /** When the driver was first licensed. */
  readonly licensedSince: string;
  /** The driver's full name. */
  readonly name: string;
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

/** What quoteAutoInsurance asks for. */
export type AutoQuoteInput = {
  /** 0 (no bonus) to 10. */
  readonly bonusClass: number;
  /** At least one, none repeated. */
  readonly coverages: ReadonlyArray<AutoCoverage>;
  /** The deductible level. */
  readonly deductible: AutoDeductibleLevel;
  /** The main driver. */
  readonly driver: AutoDriverInput;
  /** CEP, 8 digits (01310-100 accepted). */
  readonly postalCode: string;
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

/** The vehicle to insure. */
export type AutoVehicleInput = {
  /** FIPE table value of the make/model/year, in BRL, above zero. */
  readonly fipeValue: string;
  /** The manufacturer, e.g. "Fiat". */
  readonly make: string;
  /** The model, e.g. "Argo". */
  readonly model: string;
  /** ABC1234 or Mercosul ABC1D23. */
  readonly plate: string;
  /** Model year, 1950 to next year. */
  readonly year: number;
};

/** What the vehicle is used for. */
export type AutoVehicleUse =
  /** Work: deliveries, ride-hailing, sales visits. */
  | 'COMMERCIAL'
  /** Private use, commuting included. */
  | 'PRIVATE';

/** Whether the issuer approved an authorization. */
export type CardAuthorizationStatus =
  /** Approved: the amount is held until captured, reversed or expired. */
  | 'APPROVED'
  /** Declined: nothing is held; declineReason says why. */
  | 'DECLINED';

/** What became of an approved authorization. */
export type CardClearingStatus =
  /** Held, waiting for the merchant to capture. */
  | 'AUTHORIZED'
  /** Captured: the money moved. */
  | 'CAPTURED'
  /** Not captured in time: the hold was released. */
  | 'EXPIRED'
  /** Reversed by the merchant before capture: released. */
  | 'REVERSED';

/** Why an authorization was declined, in the order the issuer checks. */
export type CardDeclineReason =
  /** The debit card's checking account is blocked by the bank: it cannot send money (62). */
  | 'ACCOUNT_BLOCKED'
  /** The debit card's checking account is closed (14). */
  | 'ACCOUNT_CLOSED'
  /** The card is blocked (62). */
  | 'CARD_BLOCKED'
  /** The card is cancelled (14). */
  | 'CARD_CANCELLED'
  /** The merchant's category is blocked on the card (57). */
  | 'CATEGORY_BLOCKED'
  /** The CVV2 does not match (N7). */
  | 'CVV_MISMATCH'
  /** The expiry given is not the card's, or the card has expired (54). */
  | 'EXPIRED_CARD'
  /** Not enough balance (debit) or credit (credit) (51). */
  | 'INSUFFICIENT_FUNDS'
  /** Not a card number of ours: bad format or Luhn digit, another BIN, or no such card (ISO 8583 14). */
  | 'INVALID_CARD'
  /** Above the per-transaction, daily or monthly limit (61). */
  | 'LIMIT_EXCEEDED';

/** How a card exists. */
export type CardForm =
  /** A plastic card (issued active: activation is not modelled). */
  | 'PHYSICAL'
  /** A number for online and wallet payments, usable at once. */
  | 'VIRTUAL';

/** Where an invoice stands. */
export type CardInvoiceStatus =
  /** Closed, not fully paid, not yet past its due date. */
  | 'CLOSED'
  /** Purchases still post to it: it has not reached its closing date. */
  | 'OPEN'
  /** Past its due date and not paid in full. */
  | 'OVERDUE'
  /** Closed and paid in full. */
  | 'PAID';

/** Whether a card pays from the checking account or on credit. */
export type CardKind =
  /** Credit: purchases use the credit limit and go to the monthly invoice. */
  | 'CREDIT'
  /** Debit: purchases hold and then take money from the checking account. */
  | 'DEBIT';

/** Spend controls to set; an amount left out or null has no limit. perTransaction ≤ daily ≤ monthly. */
export type CardLimitsInput = {
  /** Categories to decline. */
  readonly blockedCategories?: ReadonlyArray<SpendingCategory> | null | undefined;
  /** The most per calendar day (in Brasília), in BRL (a decimal string). */
  readonly daily?: string | null | undefined;
  /** The most per calendar month (in Brasília), in BRL (a decimal string). */
  readonly monthly?: string | null | undefined;
  /** The most one purchase may be, in BRL (a decimal string). */
  readonly perTransaction?: string | null | undefined;
};

/** The merchant as the network sends it. */
export type CardMerchantInput = {
  /** The merchant's city. */
  readonly city: string;
  /** ISO 3166-1 alpha-2, e.g. "BR". */
  readonly country: string;
  /** The merchant category code (ISO 18245), 4 digits, e.g. "5411". */
  readonly mcc: string;
  /** The merchant's name, 1 to 60 characters. */
  readonly name: string;
};

/** Whether a card approves. */
export type CardStatus =
  /** Approves purchases within its limits. */
  | 'ACTIVE'
  /** Paused by the holder or staff: declines (CARD_BLOCKED) until unblocked. */
  | 'BLOCKED'
  /** Cancelled for good: declines (CARD_CANCELLED). */
  | 'CANCELLED';

/** What confirmPixKey asks for. */
export type ConfirmPixKeyInput = {
  /** The 6 digits sent to the key's phone or e-mail address. */
  readonly code: string;
  /** The pending key's id (PixKey.id). */
  readonly keyId: string | number;
};

/** What createPixCharge asks for. */
export type CreatePixChargeInput = {
  /** In BRL (a decimal string, above zero, at most two decimals); omit to let the payer choose the amount. */
  readonly amount?: string | null | undefined;
  /** Up to 140 characters, shown to the payer. */
  readonly description?: string | null | undefined;
  /** Default 86400 (one day); 60 to 31536000. */
  readonly expiresInSeconds?: number | null | undefined;
  /** One of the caller's keys. */
  readonly key: string;
  /** Who is expected to pay; anyone when omitted. */
  readonly payer?: PixChargePayerInput | null | undefined;
};

/** What deletePixKey asks for. */
export type DeletePixKeyInput = {
  /** One of the caller's keys, in any accepted form. */
  readonly key: string;
};

/** What exportStatement asks for. */
export type ExportStatementInput = {
  /** The account. */
  readonly accountId: string | number;
  /** The file format. */
  readonly format: StatementFormat;
  /** The first instant of the period (inclusive). */
  readonly from: string;
  /** The end of the period (exclusive); at most 366 days after from. */
  readonly to: string;
};

/** What fileAutoClaim asks for. */
export type FileAutoClaimInput = {
  /** Up to 2000 characters. */
  readonly description: string;
  /** What the loss is estimated at, in BRL, above zero. */
  readonly estimatedAmount: string;
  /** Inside the policy's term, not in the future. */
  readonly occurredAt: string;
  /** The caller's ACTIVE policy the loss falls under. */
  readonly policyId: string | number;
  /** What kind of loss. */
  readonly type: AutoClaimType;
};

/** What issueAutoPolicy asks for. */
export type IssueAutoPolicyInput = {
  /** How many installments to pay the total premium in: one of the quote's installmentOptions. */
  readonly installments: number;
  /** The caller's QUOTED quote. */
  readonly quoteId: string | number;
};

/** What issueCard asks for. */
export type IssueCardInput = {
  /** The caller's checking account the card belongs to. */
  readonly accountId: string | number;
  /** Credit only: the day of the month (1 to 28) the invoice closes; 10 when left out. */
  readonly closingDay?: number | null | undefined;
  /** Credit only, required: the credit limit in BRL. All the customer's credit cards together may have twice the account's posted balance, at least 1000.00 and at most 20000.00. */
  readonly creditLimit?: string | null | undefined;
  /** Virtual or physical. */
  readonly form: CardForm;
  /** Debit or credit. */
  readonly kind: CardKind;
  /** Spend controls; none when left out. */
  readonly limits?: CardLimitsInput | null | undefined;
  /** A name for the card, 1 to 40 characters. */
  readonly nickname?: string | null | undefined;
};

/** Where an installment is. */
export type LoanInstallmentStatus =
  /** Unpaid past its due date: owes a fine and moratory interest. */
  | 'OVERDUE'
  /** Paid. */
  | 'PAID'
  /** Not due yet. */
  | 'PENDING';

/** What settled a loan. */
export type LoanSettlementKind =
  /** The last installment was paid. */
  | 'LAST_INSTALLMENT'
  /** An early payoff. */
  | 'PAYOFF';

/** What loanSimulation asks for. */
export type LoanSimulationInput = {
  /** Percent a month ("1.99"), 0 to 20, up to 4 decimals; 0 gives principal / n. */
  readonly monthlyRate: string;
  /** The amount borrowed, in BRL: 100.00 to 10000000.00. */
  readonly principal: string;
  /** The release date; installment k falls due k months later. Today (Brasília) when omitted. */
  readonly startDate?: string | null | undefined;
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** The term in months, 1 to 420. */
  readonly termMonths: number;
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

/** What payCardInvoice asks for. */
export type PayCardInvoiceInput = {
  /** BRL decimal string, above zero, at most what the card owes. */
  readonly amount: string;
  /** The credit card. */
  readonly cardId: string | number;
  /** The caller's account debited. */
  readonly fromAccountId: string | number;
};

/** What payLoanInstallment asks for. */
export type PayLoanInstallmentInput = {
  /** The caller's ACTIVE loan. */
  readonly loanId: string | number;
  /** The installment's number, 1 to the loan's term. */
  readonly number: number;
};

/** What payLoanPayoff asks for. */
export type PayLoanPayoffInput = {
  /** The caller's ACTIVE loan. */
  readonly loanId: string | number;
};

/** What payPixCode asks for. */
export type PayPixCodeInput = {
  /** BRL decimal string: required when the code lets the payer choose; otherwise, when given, the code's amount. */
  readonly amount?: string | null | undefined;
  /** The BR Code (copia e cola) as pasted. */
  readonly brCode: string;
  /** The caller's account the code is paid from. */
  readonly fromAccountId: string | number;
};

/** Who is expected to pay a charge. */
export type PixChargePayerInput = {
  /** The payer's CPF or CNPJ, bare or masked. */
  readonly document: string;
  /** The payer's name. */
  readonly name: string;
};

/** Where a charge is in its life (the BCB API's cobrança statuses). */
export type PixChargeStatus =
  /** Payable. */
  | 'ACTIVE'
  /** Paid. */
  | 'COMPLETED'
  /** Past expiresAt unpaid: no longer payable. */
  | 'EXPIRED'
  /** Removed by the bank, e.g. when what it charged no longer applies. */
  | 'REMOVED_BY_PSP'
  /** Removed by its receiver (removePixCharge). */
  | 'REMOVED_BY_RECEIVER';

/** Whether a Pix key can be used. */
export type PixKeyStatus =
  /** In the directory: payers find it and it receives. */
  | 'ACTIVE'
  /** A phone or e-mail key waiting for the code sent to it (confirmPixKey): counted in the customer's keys, but no payer finds it and it receives nothing. */
  | 'PENDING_CONFIRMATION';

/** The kinds of Pix key (chave Pix). */
export type PixKeyType =
  /** The holder's CNPJ (a company). */
  | 'CNPJ'
  /** The holder's CPF (a person). */
  | 'CPF'
  /** An e-mail address. */
  | 'EMAIL'
  /** Random key (UUID) generated by the bank. */
  | 'EVP'
  /** A Brazilian mobile number. */
  | 'PHONE';

/** How far a Pix paid from an account has got. */
export type PixOrderStatus =
  /** Settled: the money left the account (and reached the receiver's, inside this bank). */
  | 'COMPLETED'
  /** Held on the account, waiting for the central system's answer. */
  | 'PENDING';

/** Where a transfer is. */
export type PixTransferStatus =
  /** Did not go through; failureReason says why. */
  | 'FAILED'
  /** Sent to the central system, not settled yet. */
  | 'PENDING'
  /** Credited to the receiver. */
  | 'SETTLED';

/** What registerPixKey asks for. */
export type RegisterPixKeyInput = {
  /** Omitted for EVP, which the bank generates. */
  readonly key?: string | null | undefined;
  /** The kind of key; CPF and CNPJ must be the caller's own document. */
  readonly type: PixKeyType;
};

/** What requestLoan asks for. */
export type RequestLoanInput = {
  /** The borrower's monthly income, in BRL, above zero. */
  readonly monthlyIncome: string;
  /** The amount to borrow, in BRL: 100.00 to 10000000.00. */
  readonly principal: string;
  /** 1 to 200 characters. */
  readonly purpose: string;
  /** How the loan is paid back. */
  readonly system: AmortizationSystem;
  /** The term in months, 1 to 420. */
  readonly termMonths: number;
};

/** What resendPixKeyCode asks for. */
export type ResendPixKeyCodeInput = {
  /** The pending key's id (PixKey.id). */
  readonly keyId: string | number;
};

/** What sendPix asks for. */
export type SendPixInput = {
  /** BRL decimal string, above zero, at most two decimals ("10.00"). */
  readonly amount: string;
  /** Shown to the receiver and on the receipt; at most 140 characters. */
  readonly description?: string | null | undefined;
  /** The caller's account the Pix is paid from. */
  readonly fromAccountId: string | number;
  /** The receiver's key in any accepted form: CPF, CNPJ, e-mail, phone (+55...) or random key. */
  readonly toKey: string;
};

/** What simulateCardAuthorization asks for. */
export type SimulateCardAuthorizationInput = {
  /** BRL decimal string, above zero, at most two decimals. */
  readonly amount: string;
  /** The 3-digit CVV2. */
  readonly cvv: string;
  /** The expiry as printed, MM/YY. */
  readonly expiry: string;
  /** Parcelado sem juros, credit only: 1 to 12 installments; 1 when left out. */
  readonly installments?: number | null | undefined;
  /** Where the purchase happens. */
  readonly merchant: CardMerchantInput;
  /** The card number as typed or read, 16 digits. */
  readonly number: string;
};

/** What simulateCardCapture asks for. */
export type SimulateCardCaptureInput = {
  /** BRL decimal string, at most the amount authorized; all of it when left out. */
  readonly amount?: string | null | undefined;
  /** The approved authorization. */
  readonly authorizationId: string | number;
};

/** What simulateDeposit asks for. */
export type SimulateDepositInput = {
  /** The account credited. */
  readonly accountId: string | number;
  /** BRL decimal string, above zero, at most two decimals ("100.00"). */
  readonly amount: string;
};

/** What simulatePixPayment asks for. */
export type SimulatePixPaymentInput = {
  /** What the payer pays, in BRL (a decimal string); needed when the charge lets the payer choose, else the charge's amount. */
  readonly amount?: string | null | undefined;
  /** The charge's txid. */
  readonly txid: string | number;
};

/** A spending category, mapped from the merchant category code (ISO 18245). */
export type SpendingCategory =
  /** Cash withdrawal (6011). */
  | 'CASH_WITHDRAWAL'
  /** Service stations (5541). */
  | 'FUEL'
  /** Betting and gambling (7995). */
  | 'GAMBLING'
  /** Supermarkets (MCC 5411). */
  | 'GROCERIES'
  /** Money transfer (4829). */
  | 'MONEY_TRANSFER'
  /** Every other merchant category. */
  | 'OTHER'
  /** Pharmacies (5912). */
  | 'PHARMACY'
  /** Restaurants and fast food (5812, 5814). */
  | 'RESTAURANTS'
  /** Department stores (5311). */
  | 'SHOPPING'
  /** Taxis and ride hailing (4121). */
  | 'TRANSPORT';

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

/** The file formats of exportStatement. */
export type StatementFormat =
  /** Comma-separated values, one entry a line, for spreadsheets. */
  | 'CSV'
  /** Open Financial Exchange 1.0.2, for personal-finance tools. */
  | 'OFX';

/** What transferBetweenAccounts asks for. */
export type TransferBetweenAccountsInput = {
  /** BRL decimal string, above zero, at most two decimals ("25.50"). */
  readonly amount: string;
  /** Shown on both statements; at most 140 characters. */
  readonly description?: string | null | undefined;
  /** The caller's account debited. */
  readonly fromAccountId: string | number;
  /** The branch of the account credited: "0001". */
  readonly toBranch: string;
  /** The number of the account credited, with its check digit. */
  readonly toNumber: string;
};

/** What updateCardLimits asks for. */
export type UpdateCardLimitsInput = {
  /** The card. */
  readonly cardId: string | number;
  /** The new limits, replacing the old ones whole. */
  readonly limits: CardLimitsInput;
};

/** What updatePixLimits asks for: the limits to change, in BRL decimal strings; a lower one applies at once, a higher one after a delay (24 h by default). */
export type UpdatePixLimitsInput = {
  /** The caller's account. */
  readonly accountId: string | number;
  /** The most a day's Pix may add up to, in BRL. */
  readonly daily?: string | null | undefined;
  /** The most a night's Pix may add up to, in BRL. */
  readonly nightly?: string | null | undefined;
  /** The most one Pix may be, in BRL. */
  readonly perTransaction?: string | null | undefined;
};

export type AccountScreenQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AccountScreenQuery = { readonly me: { readonly id: string, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly status: AccountStatus, readonly overdraftLimit: string, readonly balance: { readonly available: string, readonly posted: string, readonly held: string }, readonly statement: { readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly postedAt: string, readonly amount: string, readonly balanceAfter: string, readonly description: string | null, readonly kind: StatementEntryKind, readonly reference: string, readonly counterparty: { readonly name: string, readonly document: string, readonly bank: string } | null } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly hasPreviousPage: boolean, readonly startCursor: string | null, readonly endCursor: string | null } } }> | null } };

export type OpenCheckingAccountMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type OpenCheckingAccountMutation = { readonly openAccount: { readonly account: { readonly id: string, readonly branch: string, readonly number: string, readonly status: AccountStatus } } };

export type TransferBetweenAccountsMutationVariables = Exact<{
  input: TransferBetweenAccountsInput;
  idempotencyKey: string;
}>;


export type TransferBetweenAccountsMutation = { readonly transferBetweenAccounts: { readonly transfer: { readonly id: string, readonly amount: string, readonly description: string | null, readonly settledAt: string, readonly toBranch: string, readonly toNumber: string, readonly toHolderName: string }, readonly fromAccount: { readonly id: string, readonly balance: { readonly available: string, readonly posted: string, readonly held: string } } } };

export type SimulateAccountDepositMutationVariables = Exact<{
  input: SimulateDepositInput;
  idempotencyKey: string;
}>;


export type SimulateAccountDepositMutation = { readonly simulateDeposit: { readonly amount: string, readonly reference: string, readonly account: { readonly id: string, readonly balance: { readonly available: string } } } };

export type ExportAccountStatementQueryVariables = Exact<{
  input: ExportStatementInput;
}>;


export type ExportAccountStatementQuery = { readonly exportStatement: { readonly filename: string, readonly contentType: string, readonly content: string } };

export type CardsScreenQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CardsScreenQuery = { readonly me: { readonly id: string, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly status: AccountStatus }> | null, readonly cards: ReadonlyArray<{ readonly id: string, readonly kind: CardKind, readonly form: CardForm, readonly status: CardStatus, readonly statusReason: string | null, readonly brand: string, readonly last4: string, readonly expiryMonth: number, readonly expiryYear: number, readonly nickname: string | null, readonly creditLimit: string | null, readonly availableCredit: string, readonly closingDay: number | null, readonly limits: { readonly perTransaction: string | null, readonly daily: string | null, readonly monthly: string | null, readonly blockedCategories: ReadonlyArray<SpendingCategory> }, readonly transactions: { readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly status: CardAuthorizationStatus, readonly declineReason: CardDeclineReason | null, readonly amount: string, readonly installments: number, readonly clearing: CardClearingStatus | null, readonly capturedAmount: string | null, readonly refundedAmount: string, readonly decidedAt: string, readonly merchant: { readonly name: string, readonly category: SpendingCategory, readonly city: string } } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } }, readonly currentInvoice: { readonly period: string, readonly closingDate: string, readonly dueDate: string, readonly total: string, readonly paid: string, readonly minimumPayment: string, readonly status: CardInvoiceStatus, readonly entries: ReadonlyArray<{ readonly id: string, readonly description: string, readonly amount: string, readonly installment: number, readonly installments: number, readonly postedAt: string }> } | null }> | null } };

export type HomeCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCardsQuery = { readonly me: { readonly id: string, readonly cards: ReadonlyArray<{ readonly id: string, readonly kind: CardKind, readonly status: CardStatus, readonly brand: string, readonly last4: string, readonly nickname: string | null, readonly availableCredit: string }> | null } };

export type IssueCardMutationVariables = Exact<{
  input: IssueCardInput;
  idempotencyKey: string;
}>;


export type IssueCardMutation = { readonly issueCard: { readonly card: { readonly id: string, readonly kind: CardKind, readonly form: CardForm, readonly status: CardStatus, readonly brand: string, readonly last4: string, readonly expiryMonth: number, readonly expiryYear: number, readonly nickname: string | null, readonly creditLimit: string | null, readonly availableCredit: string } } };

export type RevealCardDetailsMutationVariables = Exact<{
  cardId: string | number;
}>;


export type RevealCardDetailsMutation = { readonly revealCardDetails: { readonly details: { readonly number: string, readonly cvv: string, readonly expiry: string } } };

export type BlockCardMutationVariables = Exact<{
  cardId: string | number;
  reason: string;
}>;


export type BlockCardMutation = { readonly blockCard: { readonly card: { readonly id: string, readonly status: CardStatus, readonly statusReason: string | null } } };

export type UnblockCardMutationVariables = Exact<{
  cardId: string | number;
}>;


export type UnblockCardMutation = { readonly unblockCard: { readonly card: { readonly id: string, readonly status: CardStatus } } };

export type ReplaceCardMutationVariables = Exact<{
  cardId: string | number;
  reason: string;
  idempotencyKey: string;
}>;


export type ReplaceCardMutation = { readonly replaceCard: { readonly replacedCard: { readonly id: string, readonly status: CardStatus }, readonly card: { readonly id: string, readonly last4: string, readonly status: CardStatus } } };

export type UpdateCardLimitsMutationVariables = Exact<{
  input: UpdateCardLimitsInput;
}>;


export type UpdateCardLimitsMutation = { readonly updateCardLimits: { readonly card: { readonly id: string, readonly limits: { readonly perTransaction: string | null, readonly daily: string | null, readonly monthly: string | null, readonly blockedCategories: ReadonlyArray<SpendingCategory> } } } };

export type PayCardInvoiceMutationVariables = Exact<{
  input: PayCardInvoiceInput;
  idempotencyKey: string;
}>;


export type PayCardInvoiceMutation = { readonly payCardInvoice: { readonly invoice: { readonly period: string, readonly status: CardInvoiceStatus, readonly total: string, readonly paid: string }, readonly card: { readonly id: string, readonly availableCredit: string }, readonly fromAccount: { readonly id: string, readonly balance: { readonly available: string } } } };

export type CardSpendingReportQueryVariables = Exact<{
  cardId: string | number;
  month: string;
}>;


export type CardSpendingReportQuery = { readonly card: { readonly id: string, readonly spendingReport: { readonly month: string, readonly total: string, readonly categories: ReadonlyArray<{ readonly category: SpendingCategory, readonly total: string, readonly count: number }> } } | null };

export type SimulateCardAuthorizationMutationVariables = Exact<{
  input: SimulateCardAuthorizationInput;
  idempotencyKey: string;
}>;


export type SimulateCardAuthorizationMutation = { readonly simulateCardAuthorization: { readonly authorization: { readonly id: string, readonly status: CardAuthorizationStatus, readonly declineReason: CardDeclineReason | null, readonly responseCode: string, readonly amount: string, readonly clearing: CardClearingStatus | null } } };

export type SimulateCardCaptureMutationVariables = Exact<{
  input: SimulateCardCaptureInput;
}>;


export type SimulateCardCaptureMutation = { readonly simulateCardCapture: { readonly authorization: { readonly id: string, readonly clearing: CardClearingStatus | null, readonly capturedAmount: string | null } } };

export type CardActivitySubscriptionVariables = Exact<{
  cardId: string | number;
}>;


export type CardActivitySubscription = { readonly cardActivity: { readonly id: string, readonly status: CardAuthorizationStatus, readonly declineReason: CardDeclineReason | null, readonly amount: string, readonly clearing: CardClearingStatus | null, readonly capturedAmount: string | null, readonly decidedAt: string } };

export type CustomerOverviewQueryVariables = Exact<{
  chargesFirst?: number | null | undefined;
}>;


export type CustomerOverviewQuery = { readonly me: { readonly id: string, readonly name: string | null, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly balance: { readonly available: string } }> | null, readonly pixKeys: ReadonlyArray<{ readonly type: PixKeyType, readonly key: string }> | null, readonly pixCharges: { readonly edges: ReadonlyArray<{ readonly node: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly description: string | null, readonly expiresAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } | null, readonly loans: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: LoanStatus, readonly principal: string, readonly installments: ReadonlyArray<{ readonly number: number, readonly dueDate: string, readonly status: LoanInstallmentStatus, readonly amountDue: string | null }> } }> } | null, readonly autoPolicies: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: AutoPolicyStatus, readonly totalPremium: string, readonly endsAt: string | null } }> } | null } };

export type HomeAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccountsQuery = { readonly me: { readonly id: string, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly status: AccountStatus, readonly balance: { readonly available: string }, readonly statement: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly postedAt: string, readonly amount: string, readonly description: string | null, readonly kind: StatementEntryKind } }> } }> | null } };

export type HomePixQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePixQuery = { readonly me: { readonly id: string, readonly pixKeys: ReadonlyArray<{ readonly type: PixKeyType, readonly key: string }> | null, readonly pixCharges: { readonly edges: ReadonlyArray<{ readonly node: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly description: string | null, readonly expiresAt: string } }> } | null } };

export type HomeLoansQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeLoansQuery = { readonly me: { readonly id: string, readonly loans: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: LoanStatus, readonly principal: string, readonly termMonths: number, readonly installments: ReadonlyArray<{ readonly number: number, readonly dueDate: string, readonly status: LoanInstallmentStatus, readonly amountDue: string | null }> } }> } | null } };

export type HomeInsuranceQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeInsuranceQuery = { readonly me: { readonly id: string, readonly autoPolicies: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: AutoPolicyStatus, readonly totalPremium: string, readonly endsAt: string | null, readonly vehicle: { readonly make: string, readonly model: string, readonly plate: string } } }> } | null } };

export type QuoteAutoInsuranceMutationVariables = Exact<{
  input: AutoQuoteInput;
  idempotencyKey: string;
}>;


export type QuoteAutoInsuranceMutation = { readonly quoteAutoInsurance: { readonly quote: { readonly id: string, readonly status: AutoQuoteStatus, readonly netPremium: string, readonly iof: string, readonly totalPremium: string, readonly validUntil: string, readonly coverages: ReadonlyArray<{ readonly coverage: AutoCoverage, readonly premium: string, readonly deductible: string | null }>, readonly installmentOptions: ReadonlyArray<{ readonly count: number, readonly firstAmount: string, readonly amount: string }> } } };

export type IssueAutoPolicyMutationVariables = Exact<{
  input: IssueAutoPolicyInput;
  idempotencyKey: string;
}>;


export type IssueAutoPolicyMutation = { readonly issueAutoPolicy: { readonly policy: { readonly id: string, readonly status: AutoPolicyStatus, readonly premiumCharges: ReadonlyArray<{ readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly brCode: string, readonly qrCodePng: string }> } } };

export type MyPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPoliciesQuery = { readonly me: { readonly id: string, readonly autoPolicies: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: AutoPolicyStatus, readonly totalPremium: string, readonly premiumPaid: string, readonly nextInstallmentDue: string | null, readonly startsAt: string | null, readonly endsAt: string | null, readonly vehicle: { readonly make: string, readonly model: string, readonly plate: string }, readonly installments: { readonly count: number, readonly firstAmount: string, readonly amount: string }, readonly premiumCharges: ReadonlyArray<{ readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly brCode: string }> } }> } | null } };

export type PolicyClaimsQueryVariables = Exact<{
  policyId: string | number;
}>;


export type PolicyClaimsQuery = { readonly autoPolicy: { readonly id: string, readonly claims: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: AutoClaimStatus, readonly type: AutoClaimType, readonly occurredAt: string, readonly description: string, readonly estimatedAmount: string, readonly payout: string | null } }> } } | null };

export type FileAutoClaimMutationVariables = Exact<{
  input: FileAutoClaimInput;
  idempotencyKey: string;
}>;


export type FileAutoClaimMutation = { readonly fileAutoClaim: { readonly claim: { readonly id: string, readonly status: AutoClaimStatus, readonly type: AutoClaimType, readonly occurredAt: string, readonly description: string, readonly estimatedAmount: string, readonly payout: string | null } } };

export type SimulateLoanQueryVariables = Exact<{
  input: LoanSimulationInput;
}>;


export type SimulateLoanQuery = { readonly loanSimulation: { readonly system: AmortizationSystem, readonly totalPaid: string, readonly totalInterest: string, readonly iof: string, readonly releasedAmount: string, readonly installments: ReadonlyArray<{ readonly number: number, readonly dueDate: string, readonly payment: string, readonly interest: string, readonly amortization: string, readonly balance: string }>, readonly cet: { readonly monthly: string, readonly annual: string } } };

export type MyLoansQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLoansQuery = { readonly me: { readonly id: string, readonly loans: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: LoanStatus, readonly principal: string, readonly termMonths: number, readonly system: AmortizationSystem, readonly purpose: string, readonly requestedAt: string, readonly offer: { readonly monthlyRate: string, readonly installment: string, readonly incomeSharePercent: string } | null, readonly rejection: { readonly reason: string } | null, readonly disbursementFailure: { readonly reason: string } | null, readonly disbursement: { readonly releasedAmount: string, readonly iof: string, readonly cet: { readonly monthly: string, readonly annual: string } } | null, readonly installments: ReadonlyArray<{ readonly number: number, readonly dueDate: string, readonly payment: string, readonly status: LoanInstallmentStatus, readonly amountDue: string | null, readonly paidOn: string | null, readonly paidAmount: string | null }>, readonly settlement: { readonly by: LoanSettlementKind, readonly settledOn: string, readonly payoffAmount: string | null } | null } }> } | null } };

export type RequestLoanMutationVariables = Exact<{
  input: RequestLoanInput;
  idempotencyKey: string;
}>;


export type RequestLoanMutation = { readonly requestLoan: { readonly loan: { readonly id: string, readonly status: LoanStatus, readonly offer: { readonly monthlyRate: string, readonly installment: string, readonly incomeSharePercent: string } | null, readonly rejection: { readonly reason: string } | null } } };

export type AcceptLoanOfferMutationVariables = Exact<{
  input: AcceptLoanOfferInput;
  idempotencyKey: string;
}>;


export type AcceptLoanOfferMutation = { readonly acceptLoanOffer: { readonly loan: { readonly id: string, readonly status: LoanStatus } } };

export type PayLoanInstallmentMutationVariables = Exact<{
  input: PayLoanInstallmentInput;
  idempotencyKey: string;
}>;


export type PayLoanInstallmentMutation = { readonly payLoanInstallment: { readonly charge: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly brCode: string, readonly qrCodePng: string, readonly expiresAt: string } } };

export type LoanPayoffQueryVariables = Exact<{
  loanId: string | number;
}>;


export type LoanPayoffQuery = { readonly loanPayoffQuote: { readonly loanId: string, readonly date: string, readonly amount: string, readonly scheduled: string, readonly discount: string } };

export type PayLoanPayoffMutationVariables = Exact<{
  input: PayLoanPayoffInput;
  idempotencyKey: string;
}>;


export type PayLoanPayoffMutation = { readonly payLoanPayoff: { readonly charge: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly brCode: string, readonly qrCodePng: string, readonly expiresAt: string } } };

export type ConfirmPixKeyMutationVariables = Exact<{
  input: ConfirmPixKeyInput;
}>;


export type ConfirmPixKeyMutation = { readonly confirmPixKey: { readonly pixKey: { readonly id: string, readonly type: PixKeyType, readonly key: string, readonly status: PixKeyStatus, readonly holderName: string, readonly createdAt: string } } };

export type ResendPixKeyCodeMutationVariables = Exact<{
  input: ResendPixKeyCodeInput;
}>;


export type ResendPixKeyCodeMutation = { readonly resendPixKeyCode: { readonly pixKey: { readonly id: string, readonly status: PixKeyStatus } } };

export type PixKeyConfirmationCodeQueryVariables = Exact<{
  keyId: string | number;
}>;


export type PixKeyConfirmationCodeQuery = { readonly pixKeyConfirmationCode: string | null };

export type PixScreenQueryVariables = Exact<{
  chargesFirst?: number | null | undefined;
  transfersFirst?: number | null | undefined;
  receivedFirst?: number | null | undefined;
}>;


export type PixScreenQuery = { readonly me: { readonly id: string, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly pixLimits: { readonly perTransaction: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly daily: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly nightly: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null } }, readonly balance: { readonly available: string } }> | null, readonly pixKeys: ReadonlyArray<{ readonly id: string, readonly type: PixKeyType, readonly key: string, readonly status: PixKeyStatus, readonly holderName: string, readonly createdAt: string }> | null, readonly pixCharges: { readonly edges: ReadonlyArray<{ readonly node: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly description: string | null, readonly brCode: string, readonly createdAt: string, readonly expiresAt: string, readonly payer: { readonly name: string, readonly document: string } | null, readonly payments: ReadonlyArray<{ readonly endToEndId: string, readonly amount: string, readonly paidAt: string }> } }> } | null, readonly pixReceived: { readonly edges: ReadonlyArray<{ readonly node: { readonly endToEndId: string, readonly amount: string, readonly occurredAt: string, readonly description: string | null, readonly txid: string | null, readonly key: string | null, readonly payer: { readonly name: string, readonly document: string, readonly institution: { readonly name: string } } } }> } | null, readonly pixTransfers: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly status: PixTransferStatus, readonly toKey: string | null, readonly amount: string, readonly description: string | null, readonly failureReason: string | null, readonly endToEndId: string | null, readonly createdAt: string, readonly settledAt: string | null } }> } | null } };

export type RegisterPixKeyMutationVariables = Exact<{
  input: RegisterPixKeyInput;
  idempotencyKey: string;
}>;


export type RegisterPixKeyMutation = { readonly registerPixKey: { readonly pixKey: { readonly id: string, readonly type: PixKeyType, readonly key: string, readonly status: PixKeyStatus, readonly holderName: string, readonly createdAt: string } } };

export type DeletePixKeyMutationVariables = Exact<{
  input: DeletePixKeyInput;
}>;


export type DeletePixKeyMutation = { readonly deletePixKey: { readonly pixKey: { readonly key: string } } };

export type SendPixToKeyMutationVariables = Exact<{
  input: SendPixInput;
  idempotencyKey: string;
}>;


export type SendPixToKeyMutation = { readonly sendPix: { readonly pix: { readonly id: string, readonly status: PixOrderStatus, readonly amount: string, readonly description: string | null, readonly endToEndId: string | null, readonly orderedAt: string } } };

export type CreateCheckoutChargeMutationVariables = Exact<{
  input: CreatePixChargeInput;
  idempotencyKey: string;
}>;


export type CreateCheckoutChargeMutation = { readonly createPixCharge: { readonly charge: { readonly txid: string, readonly status: PixChargeStatus, readonly amount: string | null, readonly description: string | null, readonly brCode: string, readonly qrCodePng: string, readonly createdAt: string, readonly expiresAt: string, readonly payer: { readonly name: string, readonly document: string } | null, readonly payments: ReadonlyArray<{ readonly endToEndId: string, readonly amount: string, readonly paidAt: string }> } } };

export type CheckoutChargeStatusSubscriptionVariables = Exact<{
  txid: string | number;
}>;


export type CheckoutChargeStatusSubscription = { readonly pixChargeStatusChanged: { readonly txid: string, readonly status: PixChargeStatus, readonly payments: ReadonlyArray<{ readonly endToEndId: string, readonly amount: string, readonly paidAt: string }> } };

export type PixAccountActivitySubscriptionVariables = Exact<{
  accountId: string | number;
}>;


export type PixAccountActivitySubscription = { readonly accountActivity: { readonly id: string } };

export type PayCheckoutChargeMutationVariables = Exact<{
  input: SimulatePixPaymentInput;
  idempotencyKey: string;
}>;


export type PayCheckoutChargeMutation = { readonly simulatePixPayment: { readonly payment: { readonly endToEndId: string, readonly amount: string } } };

export type PreviewPastedCodeQueryVariables = Exact<{
  brCode: string;
}>;


export type PreviewPastedCodeQuery = { readonly pixPayloadPreview: { readonly key: string, readonly amount: string | null, readonly merchantName: string, readonly merchantCity: string, readonly txid: string, readonly description: string | null, readonly receiver: { readonly name: string, readonly document: string | null, readonly institution: { readonly ispb: string, readonly name: string } } } };

export type RegisterRandomKeyMutationVariables = Exact<{
  idempotencyKey: string;
}>;


export type RegisterRandomKeyMutation = { readonly registerPixKey: { readonly pixKey: { readonly type: PixKeyType, readonly key: string } } };

export type PayingAccountFragment = { readonly id: string, readonly branch: string, readonly number: string, readonly balance: { readonly available: string } };

export type PayingAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PayingAccountsQuery = { readonly me: { readonly id: string, readonly accounts: ReadonlyArray<{ readonly id: string, readonly branch: string, readonly number: string, readonly balance: { readonly available: string } }> | null } };

export type PayPixCodeMutationVariables = Exact<{
  input: PayPixCodeInput;
  idempotencyKey: string;
}>;


export type PayPixCodeMutation = { readonly payPixCode: { readonly pix: { readonly id: string, readonly status: PixOrderStatus, readonly amount: string, readonly endToEndId: string | null, readonly fromAccount: { readonly id: string, readonly branch: string, readonly number: string, readonly balance: { readonly available: string } } } } };

export type PixReceiptWithPdfQueryVariables = Exact<{
  endToEndId: string | number;
}>;


export type PixReceiptWithPdfQuery = { readonly pixReceipt: { readonly endToEndId: string, readonly amount: string, readonly occurredAt: string, readonly description: string | null, readonly key: string | null, readonly txid: string | null, readonly pdf: string, readonly payer: { readonly name: string, readonly document: string, readonly institution: { readonly name: string } }, readonly receiver: { readonly name: string, readonly document: string, readonly institution: { readonly name: string } } } | null };

export type ReceiptPartyFragment = { readonly name: string, readonly document: string, readonly institution: { readonly name: string } };

export type PixLimitViewFragment = { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null };

export type PixLimitsViewFragment = { readonly perTransaction: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly daily: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly nightly: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null } };

export type UpdatePixLimitsMutationVariables = Exact<{
  input: UpdatePixLimitsInput;
}>;


export type UpdatePixLimitsMutation = { readonly updatePixLimits: { readonly account: { readonly id: string, readonly pixLimits: { readonly perTransaction: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly daily: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null }, readonly nightly: { readonly current: string, readonly pendingRaise: string | null, readonly raiseEffectiveAt: string | null } } } } };

export const PayingAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayingAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<PayingAccountFragment, unknown>;
export const ReceiptPartyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixReceiptParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceiptPartyFragment, unknown>;
export const PixLimitViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRaise"}},{"kind":"Field","name":{"kind":"Name","value":"raiseEffectiveAt"}}]}}]} as unknown as DocumentNode<PixLimitViewFragment, unknown>;
export const PixLimitsViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitsView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRaise"}},{"kind":"Field","name":{"kind":"Name","value":"raiseEffectiveAt"}}]}}]} as unknown as DocumentNode<PixLimitsViewFragment, unknown>;
export const AccountScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdraftLimit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountScreenQuery, AccountScreenQueryVariables>;
export const OpenCheckingAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCheckingAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CHECKING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCheckingAccountMutation, OpenCheckingAccountMutationVariables>;
export const TransferBetweenAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferBetweenAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferBetweenAccountsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferBetweenAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"toBranch"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toHolderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferBetweenAccountsMutation, TransferBetweenAccountsMutationVariables>;
export const SimulateAccountDepositDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulateAccountDeposit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateDepositInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateDeposit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimulateAccountDepositMutation, SimulateAccountDepositMutationVariables>;
export const ExportAccountStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAccountStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportAccountStatementQuery, ExportAccountStatementQueryVariables>;
export const CardsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"availableCredit"}},{"kind":"Field","name":{"kind":"Name","value":"closingDay"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perTransaction"}},{"kind":"Field","name":{"kind":"Name","value":"daily"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"installments"}},{"kind":"Field","name":{"kind":"Name","value":"clearing"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"closingDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPayment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"installment"}},{"kind":"Field","name":{"kind":"Name","value":"installments"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardsScreenQuery, CardsScreenQueryVariables>;
export const HomeCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"availableCredit"}}]}}]}}]}}]} as unknown as DocumentNode<HomeCardsQuery, HomeCardsQueryVariables>;
export const IssueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCardInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"availableCredit"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCardMutation, IssueCardMutationVariables>;
export const RevealCardDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealCardDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealCardDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cvv"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}}]}}]}}]}}]} as unknown as DocumentNode<RevealCardDetailsMutation, RevealCardDetailsMutationVariables>;
export const BlockCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]}}]} as unknown as DocumentNode<BlockCardMutation, BlockCardMutationVariables>;
export const UnblockCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UnblockCardMutation, UnblockCardMutationVariables>;
export const ReplaceCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replacedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReplaceCardMutation, ReplaceCardMutationVariables>;
export const UpdateCardLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCardLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCardLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCardLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perTransaction"}},{"kind":"Field","name":{"kind":"Name","value":"daily"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCategories"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCardLimitsMutation, UpdateCardLimitsMutationVariables>;
export const PayCardInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayCardInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayCardInvoiceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payCardInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableCredit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayCardInvoiceMutation, PayCardInvoiceMutationVariables>;
export const CardSpendingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardSpendingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spendingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardSpendingReportQuery, CardSpendingReportQueryVariables>;
export const SimulateCardAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulateCardAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateCardAuthorizationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCardAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"clearing"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateCardAuthorizationMutation, SimulateCardAuthorizationMutationVariables>;
export const SimulateCardCaptureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulateCardCapture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateCardCaptureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCardCapture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clearing"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateCardCaptureMutation, SimulateCardCaptureMutationVariables>;
export const CardActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CardActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"clearing"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<CardActivitySubscription, CardActivitySubscriptionVariables>;
export const CustomerOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalPremium"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOverviewQuery, CustomerOverviewQueryVariables>;
export const HomeAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeAccountsQuery, HomeAccountsQueryVariables>;
export const HomePixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pixKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomePixQuery, HomePixQueryVariables>;
export const HomeLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeLoansQuery, HomeLoansQueryVariables>;
export const HomeInsuranceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalPremium"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeInsuranceQuery, HomeInsuranceQueryVariables>;
export const QuoteAutoInsuranceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuoteAutoInsurance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutoQuoteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteAutoInsurance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netPremium"}},{"kind":"Field","name":{"kind":"Name","value":"iof"}},{"kind":"Field","name":{"kind":"Name","value":"totalPremium"}},{"kind":"Field","name":{"kind":"Name","value":"installmentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteAutoInsuranceMutation, QuoteAutoInsuranceMutationVariables>;
export const IssueAutoPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAutoPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueAutoPolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAutoPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePng"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueAutoPolicyMutation, IssueAutoPolicyMutationVariables>;
export const MyPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalPremium"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPaid"}},{"kind":"Field","name":{"kind":"Name","value":"nextInstallmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyPoliciesQuery, MyPoliciesQueryVariables>;
export const PolicyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"payout"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyClaimsQuery, PolicyClaimsQueryVariables>;
export const FileAutoClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileAutoClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAutoClaimInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAutoClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"payout"}}]}}]}}]}}]} as unknown as DocumentNode<FileAutoClaimMutation, FileAutoClaimMutationVariables>;
export const SimulateLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanSimulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanSimulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"amortization"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalPaid"}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"}},{"kind":"Field","name":{"kind":"Name","value":"iof"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateLoanQuery, SimulateLoanQueryVariables>;
export const MyLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"installment"}},{"kind":"Field","name":{"kind":"Name","value":"incomeSharePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursementFailure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"iof"}},{"kind":"Field","name":{"kind":"Name","value":"cet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"annual"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"settledOn"}},{"kind":"Field","name":{"kind":"Name","value":"payoffAmount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLoansQuery, MyLoansQueryVariables>;
export const RequestLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLoanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"installment"}},{"kind":"Field","name":{"kind":"Name","value":"incomeSharePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestLoanMutation, RequestLoanMutationVariables>;
export const AcceptLoanOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptLoanOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptLoanOfferInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptLoanOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptLoanOfferMutation, AcceptLoanOfferMutationVariables>;
export const PayLoanInstallmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayLoanInstallment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayLoanInstallmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payLoanInstallment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePng"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PayLoanInstallmentMutation, PayLoanInstallmentMutationVariables>;
export const LoanPayoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanPayoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanPayoffQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loanId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}}]}}]}}]} as unknown as DocumentNode<LoanPayoffQuery, LoanPayoffQueryVariables>;
export const PayLoanPayoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayLoanPayoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayLoanPayoffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payLoanPayoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePng"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PayLoanPayoffMutation, PayLoanPayoffMutationVariables>;
export const ConfirmPixKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPixKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPixKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPixKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPixKeyMutation, ConfirmPixKeyMutationVariables>;
export const ResendPixKeyCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPixKeyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendPixKeyCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPixKeyCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResendPixKeyCodeMutation, ResendPixKeyCodeMutationVariables>;
export const PixKeyConfirmationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PixKeyConfirmationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKeyConfirmationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}}}]}]}}]} as unknown as DocumentNode<PixKeyConfirmationCodeQuery, PixKeyConfirmationCodeQueryVariables>;
export const PixScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PixScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transfersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"pixLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitsView"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargesFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pixTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transfersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRaise"}},{"kind":"Field","name":{"kind":"Name","value":"raiseEffectiveAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayingAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitsView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}}]}}]} as unknown as DocumentNode<PixScreenQuery, PixScreenQueryVariables>;
export const RegisterPixKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPixKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPixKeyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPixKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPixKeyMutation, RegisterPixKeyMutationVariables>;
export const DeletePixKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePixKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePixKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePixKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<DeletePixKeyMutation, DeletePixKeyMutationVariables>;
export const SendPixToKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPixToKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPixInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SendPixToKeyMutation, SendPixToKeyMutationVariables>;
export const CreateCheckoutChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCheckoutCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePixChargeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPixCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePng"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCheckoutChargeMutation, CreateCheckoutChargeMutationVariables>;
export const CheckoutChargeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CheckoutChargeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"txid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixChargeStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"txid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"txid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutChargeStatusSubscription, CheckoutChargeStatusSubscriptionVariables>;
export const PixAccountActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PixAccountActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PixAccountActivitySubscription, PixAccountActivitySubscriptionVariables>;
export const PayCheckoutChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayCheckoutCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatePixPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePixPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PayCheckoutChargeMutation, PayCheckoutChargeMutationVariables>;
export const PreviewPastedCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPastedCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixPayloadPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ispb"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchantName"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCity"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PreviewPastedCodeQuery, PreviewPastedCodeQueryVariables>;
export const RegisterRandomKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRandomKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPixKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"EVP"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterRandomKeyMutation, RegisterRandomKeyMutationVariables>;
export const PayingAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayingAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayingAccount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayingAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<PayingAccountsQuery, PayingAccountsQueryVariables>;
export const PayPixCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayPixCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayPixCodeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payPixCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayingAccount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayingAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<PayPixCodeMutation, PayPixCodeMutationVariables>;
export const PixReceiptWithPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PixReceiptWithPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endToEndId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pixReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endToEndId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endToEndId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endToEndId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"txid"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptParty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptParty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixReceiptParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PixReceiptWithPdfQuery, PixReceiptWithPdfQueryVariables>;
export const UpdatePixLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePixLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePixLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePixLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pixLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitsView"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRaise"}},{"kind":"Field","name":{"kind":"Name","value":"raiseEffectiveAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PixLimitsView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixLimits"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PixLimitView"}}]}}]}}]} as unknown as DocumentNode<UpdatePixLimitsMutation, UpdatePixLimitsMutationVariables>;