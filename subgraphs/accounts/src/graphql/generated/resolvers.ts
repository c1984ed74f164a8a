import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef } from '../mappers';
import type { CheckingAccount } from '../../domain';
import type { Balance } from '../../ledger/domain';
import type { StatementLine, StatementCounterparty } from '../../application/ports';
import type { StatementPage } from '../../application/queries';
import type { SettledTransfer, Deposit } from '../../application/transfers';
import type { ReconciliationReport } from '../../ledger/application';
import type { Card as CardModel, CardLimits as CardLimitsModel, CardAuthorization as CardAuthorizationModel, Merchant } from '../../domain/cards';
import type { CardDetails as CardDetailsModel } from '../../application/cards/manage-card';
import type { AuthorizationPage, SpendingReport, CategoryTotal } from '../../application/cards/queries';
import type { AuthorizationEdge, ReplacedCard, RevealedCard } from '../cards/mappers';
import type { CardInvoice as CardInvoiceModel, InvoicePage, InvoicePaid } from '../../application/cards/invoices';
import type { InvoiceEntry } from '../../application/cards/ports';
import type { PixOrder as PixOrderModel, PixReceipt as PixReceiptModel, ReceiptParty, PixLimits as PixLimitsModel, PixLimit as PixLimitModel } from '../../domain/pix';
import type { ReceivedPage, UpdatedPixLimits } from '../../application/pix';
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
  /** The cards issued on the account, newest first, cancelled ones included. */
  readonly cards: ReadonlyArray<Card>;
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
  /** The account's Pix limits now, and the raises waiting to apply. */
  readonly pixLimits: PixLimits;
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

/** What blockCard asks for. */
export type BlockCardInput = {
  /** The card. */
  readonly cardId: Scalars['ID']['input'];
  /** Why, for the record: 1 to 200 characters. */
  readonly reason: Scalars['String']['input'];
};

/** What blockCard returns. */
export type BlockCardPayload = {
  readonly __typename?: 'BlockCardPayload';
  /** The card, BLOCKED. */
  readonly card: Card;
};

/** What cancelCard asks for. */
export type CancelCardInput = {
  /** The card. */
  readonly cardId: Scalars['ID']['input'];
  /** Why, for the record: 1 to 200 characters. */
  readonly reason: Scalars['String']['input'];
};

/** What cancelCard returns. */
export type CancelCardPayload = {
  readonly __typename?: 'CancelCardPayload';
  /** The card, CANCELLED. */
  readonly card: Card;
};

/** A debit or credit card. Its number is never shown here: only the last four digits (revealCardDetails shows the rest to the holder). */
export type Card = {
  readonly __typename?: 'Card';
  /** The checking account the card belongs to. */
  readonly account: Account;
  /** What the card can still spend now, in BRL: the unused credit (credit) or the account's available balance (debit). */
  readonly availableCredit: Scalars['Decimal']['output'];
  /** The first digits of the number: the issuer's BIN. */
  readonly bin: Scalars['String']['output'];
  /** The card network: VISA, MASTERCARD or ELO, from the BIN. */
  readonly brand: Scalars['String']['output'];
  /** The day of the month (1 to 28) the invoice closes; null for a debit card. */
  readonly closingDay?: Maybe<Scalars['Int']['output']>;
  /** The credit limit in BRL (a decimal string); null for a debit card. */
  readonly creditLimit?: Maybe<Scalars['Decimal']['output']>;
  /** The open invoice, where purchases post now; null for a debit card. */
  readonly currentInvoice?: Maybe<CardInvoice>;
  /** The month (1 to 12) the card expires at the end of. */
  readonly expiryMonth: Scalars['Int']['output'];
  /** The year the card expires. */
  readonly expiryYear: Scalars['Int']['output'];
  /** Virtual or physical. */
  readonly form: CardForm;
  /** The card's id. */
  readonly id: Scalars['ID']['output'];
  /** The card's invoices, newest first (installments scheduled ahead included); empty for a debit card. */
  readonly invoices: CardInvoiceConnection;
  /** When the card was issued. */
  readonly issuedAt: Scalars['DateTime']['output'];
  /** Debit or credit. */
  readonly kind: CardKind;
  /** The last four digits of the number. */
  readonly last4: Scalars['String']['output'];
  /** The card's spend controls. */
  readonly limits: CardLimits;
  /** The holder's name for the card; null when none. */
  readonly nickname?: Maybe<Scalars['String']['output']>;
  /** The card this one replaced; null when none. */
  readonly replaces?: Maybe<Card>;
  /** What the card's purchases captured in the month (in Brasília) add up to, net of refunds, by category. */
  readonly spendingReport: CardSpendingReport;
  /** Whether the card approves. */
  readonly status: CardStatus;
  /** Why the card was blocked or cancelled; null when ACTIVE. */
  readonly statusReason?: Maybe<Scalars['String']['output']>;
  /** The card's authorizations, newest first, approved and declined. */
  readonly transactions: CardTransactionConnection;
};


/** A debit or credit card. Its number is never shown here: only the last four digits (revealCardDetails shows the rest to the holder). */
export type CardInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A debit or credit card. Its number is never shown here: only the last four digits (revealCardDetails shows the rest to the holder). */
export type CardSpendingReportArgs = {
  month: Scalars['String']['input'];
};


/** A debit or credit card. Its number is never shown here: only the last four digits (revealCardDetails shows the rest to the holder). */
export type CardTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A card network's request to approve a purchase, and the issuer's answer. */
export type CardAuthorization = {
  readonly __typename?: 'CardAuthorization';
  /** The amount asked, in BRL (a decimal string). */
  readonly amount: Scalars['Decimal']['output'];
  /** What the merchant captured, in BRL; null until captured. */
  readonly capturedAmount?: Maybe<Scalars['Decimal']['output']>;
  /** The card; null when the number named no card of ours. */
  readonly card?: Maybe<Card>;
  /** What became of it; null when declined. */
  readonly clearing?: Maybe<CardClearingStatus>;
  /** When the issuer answered. */
  readonly decidedAt: Scalars['DateTime']['output'];
  /** Why it was declined; null when approved. */
  readonly declineReason?: Maybe<CardDeclineReason>;
  /** When the uncaptured hold expires; null when declined. */
  readonly holdExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The authorization's id (also the transaction's). */
  readonly id: Scalars['ID']['output'];
  /** Parcelado sem juros: the number of installments (1 for a single payment). */
  readonly installments: Scalars['Int']['output'];
  /** Where the purchase happened. */
  readonly merchant: CardMerchant;
  /** What was refunded, in BRL (a decimal string). */
  readonly refundedAmount: Scalars['Decimal']['output'];
  /** The ISO 8583 response code (field 39): 00 approved, 14, 51, 54, 57, 61, 62 or N7. */
  readonly responseCode: Scalars['String']['output'];
  /** Approved or declined. */
  readonly status: CardAuthorizationStatus;
};

/** Whether the issuer approved an authorization. */
export type CardAuthorizationStatus =
  /** Approved: the amount is held until captured, reversed or expired. */
  | 'APPROVED'
  /** Declined: nothing is held; declineReason says why. */
  | 'DECLINED';

/** What a category adds up to in a month. */
export type CardCategorySpend = {
  readonly __typename?: 'CardCategorySpend';
  /** The category. */
  readonly category: SpendingCategory;
  /** How many purchases. */
  readonly count: Scalars['Int']['output'];
  /** Σ captured purchases net of refunds, in BRL (a decimal string). */
  readonly total: Scalars['Decimal']['output'];
};

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

/** A card's full details, as printed on it. */
export type CardDetails = {
  readonly __typename?: 'CardDetails';
  /** The 3-digit security code. */
  readonly cvv: Scalars['String']['output'];
  /** The expiry, MM/YY. */
  readonly expiry: Scalars['String']['output'];
  /** The full card number (PAN), 16 digits. */
  readonly number: Scalars['String']['output'];
};

/** How a card exists. */
export type CardForm =
  /** A plastic card (issued active: activation is not modelled). */
  | 'PHYSICAL'
  /** A number for online and wallet payments, usable at once. */
  | 'VIRTUAL';

/** A credit card's monthly invoice (fatura). */
export type CardInvoice = {
  readonly __typename?: 'CardInvoice';
  /** The day it closes (purchases from then on go to the next invoice). */
  readonly closingDate: Scalars['DateTime']['output'];
  /** The day it is due: 10 days after closing. */
  readonly dueDate: Scalars['DateTime']['output'];
  /** Its lines, oldest first. */
  readonly entries: ReadonlyArray<CardInvoiceEntry>;
  /** The least to pay of what is still owed: 15 % of it, at least 25.00 (or all of it when less), in BRL. */
  readonly minimumPayment: Scalars['Decimal']['output'];
  /** What has been paid toward it, in BRL (a decimal string). */
  readonly paid: Scalars['Decimal']['output'];
  /** The month it closes in, YYYY-MM. */
  readonly period: Scalars['String']['output'];
  /** Where it stands. */
  readonly status: CardInvoiceStatus;
  /** Σ entries, in BRL (a decimal string). */
  readonly total: Scalars['Decimal']['output'];
};

/** A page of invoices. */
export type CardInvoiceConnection = {
  readonly __typename?: 'CardInvoiceConnection';
  /** The invoices with their cursors. */
  readonly edges: ReadonlyArray<CardInvoiceEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** An invoice with its cursor. */
export type CardInvoiceEdge = {
  readonly __typename?: 'CardInvoiceEdge';
  /** Pass it as after to read the invoices that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The invoice. */
  readonly node: CardInvoice;
};

/** One line of an invoice: a purchase (or one installment of it) or a refund. */
export type CardInvoiceEntry = {
  readonly __typename?: 'CardInvoiceEntry';
  /** Signed BRL decimal string: negative for a refund. */
  readonly amount: Scalars['Decimal']['output'];
  /** The authorization it comes from. */
  readonly authorization: CardAuthorization;
  /** The merchant's name, or "Refund: " and it. */
  readonly description: Scalars['String']['output'];
  /** The entry's id. */
  readonly id: Scalars['ID']['output'];
  /** Which installment this is (1 for a single payment). */
  readonly installment: Scalars['Int']['output'];
  /** Of how many installments. */
  readonly installments: Scalars['Int']['output'];
  /** When it was captured or refunded. */
  readonly postedAt: Scalars['DateTime']['output'];
};

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

/** A card's spend controls, in BRL decimal strings; null means no limit. */
export type CardLimits = {
  readonly __typename?: 'CardLimits';
  /** Categories the card declines (CATEGORY_BLOCKED). */
  readonly blockedCategories: ReadonlyArray<SpendingCategory>;
  /** The most the card may authorize per calendar day (in Brasília), in BRL (a decimal string). */
  readonly daily?: Maybe<Scalars['Decimal']['output']>;
  /** The most the card may authorize per calendar month (in Brasília), in BRL (a decimal string). */
  readonly monthly?: Maybe<Scalars['Decimal']['output']>;
  /** The most one purchase may be, in BRL (a decimal string). */
  readonly perTransaction?: Maybe<Scalars['Decimal']['output']>;
};

/** Spend controls to set; an amount left out or null has no limit. perTransaction ≤ daily ≤ monthly. */
export type CardLimitsInput = {
  /** Categories to decline. */
  readonly blockedCategories?: InputMaybe<ReadonlyArray<SpendingCategory>>;
  /** The most per calendar day (in Brasília), in BRL (a decimal string). */
  readonly daily?: InputMaybe<Scalars['Decimal']['input']>;
  /** The most per calendar month (in Brasília), in BRL (a decimal string). */
  readonly monthly?: InputMaybe<Scalars['Decimal']['input']>;
  /** The most one purchase may be, in BRL (a decimal string). */
  readonly perTransaction?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Where a purchase happened. */
export type CardMerchant = {
  readonly __typename?: 'CardMerchant';
  /** The category the code maps to. */
  readonly category: SpendingCategory;
  /** The merchant's city. */
  readonly city: Scalars['String']['output'];
  /** The merchant's country, ISO 3166-1 alpha-2. */
  readonly country: Scalars['String']['output'];
  /** The merchant category code (ISO 18245), 4 digits. */
  readonly mcc: Scalars['String']['output'];
  /** The merchant's name. */
  readonly name: Scalars['String']['output'];
};

/** The merchant as the network sends it. */
export type CardMerchantInput = {
  /** The merchant's city. */
  readonly city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, e.g. "BR". */
  readonly country: Scalars['String']['input'];
  /** The merchant category code (ISO 18245), 4 digits, e.g. "5411". */
  readonly mcc: Scalars['String']['input'];
  /** The merchant's name, 1 to 60 characters. */
  readonly name: Scalars['String']['input'];
};

/** A card's spending in one month, by category, largest first. */
export type CardSpendingReport = {
  readonly __typename?: 'CardSpendingReport';
  /** The categories with purchases, largest first. */
  readonly categories: ReadonlyArray<CardCategorySpend>;
  /** The month, YYYY-MM. */
  readonly month: Scalars['String']['output'];
  /** Σ over every category, in BRL (a decimal string). */
  readonly total: Scalars['Decimal']['output'];
};

/** Whether a card approves. */
export type CardStatus =
  /** Approves purchases within its limits. */
  | 'ACTIVE'
  /** Paused by the holder or staff: declines (CARD_BLOCKED) until unblocked. */
  | 'BLOCKED'
  /** Cancelled for good: declines (CARD_CANCELLED). */
  | 'CANCELLED';

/** A page of a card's authorizations. */
export type CardTransactionConnection = {
  readonly __typename?: 'CardTransactionConnection';
  /** The authorizations with their cursors. */
  readonly edges: ReadonlyArray<CardTransactionEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** An authorization with its cursor. */
export type CardTransactionEdge = {
  readonly __typename?: 'CardTransactionEdge';
  /** Pass it as after to read the authorizations that follow. */
  readonly cursor: Scalars['String']['output'];
  /** The authorization. */
  readonly node: CardAuthorization;
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
  /** The customer's cards, newest first, cancelled ones included; for them and staff. Null when the accounts service does not answer. */
  readonly cards?: Maybe<ReadonlyArray<Card>>;
  /** The customer's id. */
  readonly id: Scalars['ID']['output'];
  /** Every Pix credited to the customer (to a key, or paying their charge), newest first, with the payer's name, masked document and institution; null when the accounts service does not answer. */
  readonly pixReceived?: Maybe<PixReceivedConnection>;
};


/** A customer of the bank. */
export type CustomerPixReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** What issueCard asks for. */
export type IssueCardInput = {
  /** The caller's checking account the card belongs to. */
  readonly accountId: Scalars['ID']['input'];
  /** Credit only: the day of the month (1 to 28) the invoice closes; 10 when left out. */
  readonly closingDay?: InputMaybe<Scalars['Int']['input']>;
  /** Credit only, required: the credit limit in BRL. All the customer's credit cards together may have twice the account's posted balance, at least 1000.00 and at most 20000.00. */
  readonly creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Virtual or physical. */
  readonly form: CardForm;
  /** Debit or credit. */
  readonly kind: CardKind;
  /** Spend controls; none when left out. */
  readonly limits?: InputMaybe<CardLimitsInput>;
  /** A name for the card, 1 to 40 characters. */
  readonly nickname?: InputMaybe<Scalars['String']['input']>;
};

/** What issueCard returns. */
export type IssueCardPayload = {
  readonly __typename?: 'IssueCardPayload';
  /** The card, ACTIVE. */
  readonly card: Card;
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
  /** Pauses the card at once: every authorization after this returns is declined (CARD_BLOCKED) until unblockCard. The holder or staff. */
  readonly blockCard: BlockCardPayload;
  /** Cancels the card for good (CARD_CANCELLED from then on). Approved authorizations can still be captured. The holder only. */
  readonly cancelCard: CancelCardPayload;
  /** Issues a debit or credit card on one of the caller's accounts, usable at once (physical cards are not activated separately). */
  readonly issueCard: IssueCardPayload;
  /** Opens the caller's checking account in their name and document; a customer has one, so opening again returns it. */
  readonly openAccount: OpenAccountPayload;
  /** Pays a credit card's invoice from one of the caller's accounts: the oldest closed invoice still owing, or the open one. Restores available credit at once. */
  readonly payCardInvoice: PayCardInvoicePayload;
  /** Pays a pasted BR Code from the caller's account: a charge of this bank is completed once (paid, expired or removed: a coded error, nothing moves); another institution's code goes through the central system. */
  readonly payPixCode: PayPixCodePayload;
  /** A lost or stolen card: cancelled, and a new number issued with the same limits, form, nickname and credit line. The holder only. */
  readonly replaceCard: ReplaceCardPayload;
  /** The card's full number, CVV and expiry, for its holder only (staff: FORBIDDEN), a few times an hour (then UNPROCESSABLE with reason RATE_LIMITED). Every reveal is audited. */
  readonly revealCardDetails: RevealCardDetailsPayload;
  /** Sends a Pix from the caller's account to a key. The amount is held at once; not enough funds: UNPROCESSABLE / INSUFFICIENT_FUNDS, over a limit: UNPROCESSABLE / LIMIT_EXCEEDED, and nothing is written. A key of this bank settles at once; any other goes through the central system (held until it answers). */
  readonly sendPix: SendPixPayload;
  /** Sandbox card network (off in production): a merchant asks to approve a purchase. Declines are answers, not errors. */
  readonly simulateCardAuthorization: SimulateCardAuthorizationPayload;
  /** Sandbox card network (off in production): the merchant settles an approved authorization, all of it or less (the rest is released). */
  readonly simulateCardCapture: SimulateCardCapturePayload;
  /** Sandbox card network (off in production): the merchant refunds a captured purchase, in whole or in part. */
  readonly simulateCardRefund: SimulateCardRefundPayload;
  /** Sandbox card network (off in production): the merchant cancels an uncaptured authorization; the hold is released at once. */
  readonly simulateCardReversal: SimulateCardReversalPayload;
  /** Sandbox only: money arriving from outside the bank, credited from the central-bank settlement account. */
  readonly simulateDeposit: SimulateDepositPayload;
  /** Moves money at once to another account of this bank. Not enough funds: UNPROCESSABLE with reason INSUFFICIENT_FUNDS, and nothing moves. */
  readonly transferBetweenAccounts: TransferBetweenAccountsPayload;
  /** Staff: the blocked account can send again. */
  readonly unblockAccount: UnblockAccountPayload;
  /** The blocked card approves again. The holder only. */
  readonly unblockCard: UnblockCardPayload;
  /** Replaces the card's spend controls. The holder only. */
  readonly updateCardLimits: UpdateCardLimitsPayload;
  /** Changes the account's Pix limits: lowering applies at once, raising after the configured delay. */
  readonly updatePixLimits: UpdatePixLimitsPayload;
};


export type MutationBlockAccountArgs = {
  input: AccountStatusChangeInput;
};


export type MutationBlockCardArgs = {
  input: BlockCardInput;
};


export type MutationCancelCardArgs = {
  input: CancelCardInput;
};


export type MutationIssueCardArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: IssueCardInput;
};


export type MutationOpenAccountArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: OpenAccountInput;
};


export type MutationPayCardInvoiceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: PayCardInvoiceInput;
};


export type MutationPayPixCodeArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: PayPixCodeInput;
};


export type MutationReplaceCardArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReplaceCardInput;
};


export type MutationRevealCardDetailsArgs = {
  input: RevealCardDetailsInput;
};


export type MutationSendPixArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SendPixInput;
};


export type MutationSimulateCardAuthorizationArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SimulateCardAuthorizationInput;
};


export type MutationSimulateCardCaptureArgs = {
  input: SimulateCardCaptureInput;
};


export type MutationSimulateCardRefundArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: SimulateCardRefundInput;
};


export type MutationSimulateCardReversalArgs = {
  input: SimulateCardReversalInput;
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


export type MutationUnblockCardArgs = {
  input: UnblockCardInput;
};


export type MutationUpdateCardLimitsArgs = {
  input: UpdateCardLimitsInput;
};


export type MutationUpdatePixLimitsArgs = {
  input: UpdatePixLimitsInput;
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

/** What payCardInvoice asks for. */
export type PayCardInvoiceInput = {
  /** BRL decimal string, above zero, at most what the card owes. */
  readonly amount: Scalars['Decimal']['input'];
  /** The credit card. */
  readonly cardId: Scalars['ID']['input'];
  /** The caller's account debited. */
  readonly fromAccountId: Scalars['ID']['input'];
};

/** What payCardInvoice returns. */
export type PayCardInvoicePayload = {
  readonly __typename?: 'PayCardInvoicePayload';
  /** The card, with its available credit restored. */
  readonly card: Card;
  /** The account debited, with its new balance. */
  readonly fromAccount: Account;
  /** The invoice paid toward. */
  readonly invoice: CardInvoice;
};

/** What payPixCode asks for. */
export type PayPixCodeInput = {
  /** BRL decimal string: required when the code lets the payer choose; otherwise, when given, the code's amount. */
  readonly amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The BR Code (copia e cola) as pasted. */
  readonly brCode: Scalars['String']['input'];
  /** The caller's account the code is paid from. */
  readonly fromAccountId: Scalars['ID']['input'];
};

/** What payPixCode returns. */
export type PayPixCodePayload = {
  readonly __typename?: 'PayPixCodePayload';
  /** The payment: COMPLETED once the charge is paid (or the central system settled it). */
  readonly pix: PixOrder;
};

/** A Pix participant. */
export type PixInstitution = {
  readonly __typename?: 'PixInstitution';
  /** Its ISPB: 8 digits. */
  readonly ispb: Scalars['String']['output'];
  /** Its name. */
  readonly name: Scalars['String']['output'];
};

/** One Pix limit of an account. */
export type PixLimit = {
  readonly __typename?: 'PixLimit';
  /** The limit in force now, in BRL (a decimal string). */
  readonly current: Scalars['Decimal']['output'];
  /** A higher limit asked for, in BRL, not in force yet; null when none. */
  readonly pendingRaise?: Maybe<Scalars['Decimal']['output']>;
  /** When pendingRaise applies; null when none. */
  readonly raiseEffectiveAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An account's Pix limits (BCB Resolution 142/2021). */
export type PixLimits = {
  readonly __typename?: 'PixLimits';
  /** The most the Pix of one day (Brasília) may add up to. */
  readonly daily: PixLimit;
  /** The most the Pix between 20:00 and 06:00 (Brasília) may add up to. */
  readonly nightly: PixLimit;
  /** The most one Pix may be. */
  readonly perTransaction: PixLimit;
};

/** A Pix paid from an account (sendPix, payPixCode). */
export type PixOrder = {
  readonly __typename?: 'PixOrder';
  /** The amount, in BRL (a decimal string). */
  readonly amount: Scalars['Decimal']['output'];
  /** The payer's description; null when none. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The end-to-end id, once completed. */
  readonly endToEndId?: Maybe<Scalars['ID']['output']>;
  /** The account debited, with its balance now. */
  readonly fromAccount: Account;
  /** The order's id (the Pix transfer's id in pix, when one was sent). */
  readonly id: Scalars['ID']['output'];
  /** When it was ordered. */
  readonly orderedAt: Scalars['DateTime']['output'];
  /** The receipt, once completed. */
  readonly receipt?: Maybe<PixReceipt>;
  /** PENDING while the central system has not answered; COMPLETED once settled. */
  readonly status: PixOrderStatus;
};

/** How far a Pix paid from an account has got. */
export type PixOrderStatus =
  /** Settled: the money left the account (and reached the receiver's, inside this bank). */
  | 'COMPLETED'
  /** Held on the account, waiting for the central system's answer. */
  | 'PENDING';

/** The receipt (comprovante) of a Pix: its payer and its receiver may read it, nobody else. */
export type PixReceipt = {
  readonly __typename?: 'PixReceipt';
  /** The amount, in BRL (a decimal string). */
  readonly amount: Scalars['Decimal']['output'];
  /** The payer's description; null when none. */
  readonly description?: Maybe<Scalars['String']['output']>;
  /** The end-to-end id that ties the payment, the receipt and any refund together. */
  readonly endToEndId: Scalars['ID']['output'];
  /** The key paid to; null when a charge was paid (see txid). */
  readonly key?: Maybe<Scalars['String']['output']>;
  /** When it settled. */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** Who paid. */
  readonly payer: PixReceiptParty;
  /** The receipt as a one-page PDF to save or share: a data URL, data:application/pdf;base64,... */
  readonly pdf: Scalars['String']['output'];
  /** Who received. */
  readonly receiver: PixReceiptParty;
  /** The charge paid; null for a Pix to a key. */
  readonly txid?: Maybe<Scalars['String']['output']>;
};

/** A party to a Pix as its receipt shows it. */
export type PixReceiptParty = {
  readonly __typename?: 'PixReceiptParty';
  /** CPF or CNPJ with most digits hidden ("***.456.789-**"); "***" when the central system did not say. */
  readonly document: Scalars['String']['output'];
  /** The party's institution. */
  readonly institution: PixInstitution;
  /** The name. */
  readonly name: Scalars['String']['output'];
};

/** A page of Pix received. */
export type PixReceivedConnection = {
  readonly __typename?: 'PixReceivedConnection';
  /** The receipts with their cursors. */
  readonly edges: ReadonlyArray<PixReceivedEdge>;
  /** Where this page is. */
  readonly pageInfo: PageInfo;
};

/** A Pix received, with its cursor. */
export type PixReceivedEdge = {
  readonly __typename?: 'PixReceivedEdge';
  /** Pass it as after to read the ones that follow. */
  readonly cursor: Scalars['String']['output'];
  /** Its receipt. */
  readonly node: PixReceipt;
};

export type Query = {
  readonly __typename?: 'Query';
  /** An account: its holder and staff see it; NOT_FOUND for anyone else. */
  readonly account?: Maybe<Account>;
  /** The account's entry of one transfer (its reference); null when the transfer did not post to the account. For the holder and staff. */
  readonly accountStatementEntry?: Maybe<StatementEntry>;
  /** A card: its holder and staff see it; NOT_FOUND for anyone else. */
  readonly card?: Maybe<Card>;
  /** One card authorization (what cardActivity pushes): the card's holder and staff see it; NOT_FOUND for anyone else. */
  readonly cardAuthorization?: Maybe<CardAuthorization>;
  /** The account's entries over a period as a CSV or OFX file; for its holder and staff. */
  readonly exportStatement: StatementExport;
  /** Staff: reconciles the ledger now. */
  readonly ledgerHealth: LedgerHealth;
  /** The receipt of a Pix by its end-to-end id: for its payer and its receiver (and staff); NOT_FOUND for anyone else. */
  readonly pixReceipt?: Maybe<PixReceipt>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountStatementEntryArgs = {
  accountId: Scalars['ID']['input'];
  reference: Scalars['ID']['input'];
};


export type QueryCardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCardAuthorizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportStatementArgs = {
  input: ExportStatementInput;
};


export type QueryPixReceiptArgs = {
  endToEndId: Scalars['ID']['input'];
};

/** What replaceCard asks for. */
export type ReplaceCardInput = {
  /** The card to cancel. */
  readonly cardId: Scalars['ID']['input'];
  /** Why, for the record (lost, stolen, damaged): 1 to 200 characters. */
  readonly reason: Scalars['String']['input'];
};

/** What replaceCard returns. */
export type ReplaceCardPayload = {
  readonly __typename?: 'ReplaceCardPayload';
  /** The new card, ACTIVE, with a new number. */
  readonly card: Card;
  /** The old card, CANCELLED. */
  readonly replacedCard: Card;
};

/** What revealCardDetails asks for. */
export type RevealCardDetailsInput = {
  /** The card. */
  readonly cardId: Scalars['ID']['input'];
};

/** What revealCardDetails returns. */
export type RevealCardDetailsPayload = {
  readonly __typename?: 'RevealCardDetailsPayload';
  /** The card. */
  readonly card: Card;
  /** Its full details. */
  readonly details: CardDetails;
};

/** What sendPix asks for. */
export type SendPixInput = {
  /** BRL decimal string, above zero, at most two decimals ("10.00"). */
  readonly amount: Scalars['Decimal']['input'];
  /** Shown to the receiver and on the receipt; at most 140 characters. */
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** The caller's account the Pix is paid from. */
  readonly fromAccountId: Scalars['ID']['input'];
  /** The receiver's key in any accepted form: CPF, CNPJ, e-mail, phone (+55...) or random key. */
  readonly toKey: Scalars['String']['input'];
};

/** What sendPix returns. */
export type SendPixPayload = {
  readonly __typename?: 'SendPixPayload';
  /** The Pix: COMPLETED at once to a key of this bank; through the central system it may still be PENDING. */
  readonly pix: PixOrder;
};

/** What simulateCardAuthorization asks for. */
export type SimulateCardAuthorizationInput = {
  /** BRL decimal string, above zero, at most two decimals. */
  readonly amount: Scalars['Decimal']['input'];
  /** The 3-digit CVV2. */
  readonly cvv: Scalars['String']['input'];
  /** The expiry as printed, MM/YY. */
  readonly expiry: Scalars['String']['input'];
  /** Parcelado sem juros, credit only: 1 to 12 installments; 1 when left out. */
  readonly installments?: InputMaybe<Scalars['Int']['input']>;
  /** Where the purchase happens. */
  readonly merchant: CardMerchantInput;
  /** The card number as typed or read, 16 digits. */
  readonly number: Scalars['String']['input'];
};

/** What simulateCardAuthorization returns. */
export type SimulateCardAuthorizationPayload = {
  readonly __typename?: 'SimulateCardAuthorizationPayload';
  /** The issuer's answer. */
  readonly authorization: CardAuthorization;
};

/** What simulateCardCapture asks for. */
export type SimulateCardCaptureInput = {
  /** BRL decimal string, at most the amount authorized; all of it when left out. */
  readonly amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The approved authorization. */
  readonly authorizationId: Scalars['ID']['input'];
};

/** What simulateCardCapture returns. */
export type SimulateCardCapturePayload = {
  readonly __typename?: 'SimulateCardCapturePayload';
  /** The authorization, CAPTURED. */
  readonly authorization: CardAuthorization;
};

/** What simulateCardRefund asks for. */
export type SimulateCardRefundInput = {
  /** BRL decimal string, above zero, at most what was captured and not yet refunded. */
  readonly amount: Scalars['Decimal']['input'];
  /** The captured authorization (the transaction). */
  readonly transactionId: Scalars['ID']['input'];
};

/** What simulateCardRefund returns. */
export type SimulateCardRefundPayload = {
  readonly __typename?: 'SimulateCardRefundPayload';
  /** The authorization, with its refunded amount. */
  readonly authorization: CardAuthorization;
};

/** What simulateCardReversal asks for. */
export type SimulateCardReversalInput = {
  /** The approved, uncaptured authorization. */
  readonly authorizationId: Scalars['ID']['input'];
};

/** What simulateCardReversal returns. */
export type SimulateCardReversalPayload = {
  readonly __typename?: 'SimulateCardReversalPayload';
  /** The authorization, REVERSED. */
  readonly authorization: CardAuthorization;
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

/** What unblockCard asks for. */
export type UnblockCardInput = {
  /** The card. */
  readonly cardId: Scalars['ID']['input'];
};

/** What unblockCard returns. */
export type UnblockCardPayload = {
  readonly __typename?: 'UnblockCardPayload';
  /** The card, ACTIVE again. */
  readonly card: Card;
};

/** What updateCardLimits asks for. */
export type UpdateCardLimitsInput = {
  /** The card. */
  readonly cardId: Scalars['ID']['input'];
  /** The new limits, replacing the old ones whole. */
  readonly limits: CardLimitsInput;
};

/** What updateCardLimits returns. */
export type UpdateCardLimitsPayload = {
  readonly __typename?: 'UpdateCardLimitsPayload';
  /** The card with its new limits. */
  readonly card: Card;
};

/** What updatePixLimits asks for: the limits to change, in BRL decimal strings; a lower one applies at once, a higher one after a delay (24 h by default). */
export type UpdatePixLimitsInput = {
  /** The caller's account. */
  readonly accountId: Scalars['ID']['input'];
  /** The most a day's Pix may add up to, in BRL. */
  readonly daily?: InputMaybe<Scalars['Decimal']['input']>;
  /** The most a night's Pix may add up to, in BRL. */
  readonly nightly?: InputMaybe<Scalars['Decimal']['input']>;
  /** The most one Pix may be, in BRL. */
  readonly perTransaction?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What updatePixLimits returns. */
export type UpdatePixLimitsPayload = {
  readonly __typename?: 'UpdatePixLimitsPayload';
  /** The account. */
  readonly account: Account;
  /** The account's limits now. */
  readonly limits: PixLimits;
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
  Card: Card;
  Customer: Customer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Card:
    ( { __typename: 'Card' }
    & GraphQLRecursivePick<FederationTypes['Card'], {"id":true}> );
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
  BlockCardInput: BlockCardInput;
  BlockCardPayload: ResolverTypeWrapper<Omit<BlockCardPayload, 'card'> & { card: ResolversTypes['Card'] }>;
  CancelCardInput: CancelCardInput;
  CancelCardPayload: ResolverTypeWrapper<Omit<CancelCardPayload, 'card'> & { card: ResolversTypes['Card'] }>;
  Card: ResolverTypeWrapper<CardModel>;
  CardAuthorization: ResolverTypeWrapper<CardAuthorizationModel>;
  CardAuthorizationStatus: CardAuthorizationStatus;
  CardCategorySpend: ResolverTypeWrapper<CategoryTotal>;
  CardClearingStatus: CardClearingStatus;
  CardDeclineReason: CardDeclineReason;
  CardDetails: ResolverTypeWrapper<CardDetailsModel>;
  CardForm: CardForm;
  CardInvoice: ResolverTypeWrapper<CardInvoiceModel>;
  CardInvoiceConnection: ResolverTypeWrapper<InvoicePage>;
  CardInvoiceEdge: ResolverTypeWrapper<CardInvoiceModel>;
  CardInvoiceEntry: ResolverTypeWrapper<InvoiceEntry>;
  CardInvoiceStatus: CardInvoiceStatus;
  CardKind: CardKind;
  CardLimits: ResolverTypeWrapper<CardLimitsModel>;
  CardLimitsInput: CardLimitsInput;
  CardMerchant: ResolverTypeWrapper<Merchant>;
  CardMerchantInput: CardMerchantInput;
  CardSpendingReport: ResolverTypeWrapper<SpendingReport>;
  CardStatus: CardStatus;
  CardTransactionConnection: ResolverTypeWrapper<AuthorizationPage>;
  CardTransactionEdge: ResolverTypeWrapper<AuthorizationEdge>;
  Counterparty: ResolverTypeWrapper<StatementCounterparty>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExportStatementInput: ExportStatementInput;
  IssueCardInput: IssueCardInput;
  IssueCardPayload: ResolverTypeWrapper<Omit<IssueCardPayload, 'card'> & { card: ResolversTypes['Card'] }>;
  LedgerHealth: ResolverTypeWrapper<ReconciliationReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAccountInput: OpenAccountInput;
  OpenAccountPayload: ResolverTypeWrapper<Omit<OpenAccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayCardInvoiceInput: PayCardInvoiceInput;
  PayCardInvoicePayload: ResolverTypeWrapper<InvoicePaid>;
  PayPixCodeInput: PayPixCodeInput;
  PayPixCodePayload: ResolverTypeWrapper<Omit<PayPixCodePayload, 'pix'> & { pix: ResolversTypes['PixOrder'] }>;
  PixInstitution: ResolverTypeWrapper<PixInstitution>;
  PixLimit: ResolverTypeWrapper<PixLimitModel>;
  PixLimits: ResolverTypeWrapper<PixLimitsModel>;
  PixOrder: ResolverTypeWrapper<PixOrderModel>;
  PixOrderStatus: PixOrderStatus;
  PixReceipt: ResolverTypeWrapper<PixReceiptModel>;
  PixReceiptParty: ResolverTypeWrapper<ReceiptParty>;
  PixReceivedConnection: ResolverTypeWrapper<ReceivedPage>;
  PixReceivedEdge: ResolverTypeWrapper<Omit<PixReceivedEdge, 'node'> & { node: ResolversTypes['PixReceipt'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplaceCardInput: ReplaceCardInput;
  ReplaceCardPayload: ResolverTypeWrapper<ReplacedCard>;
  RevealCardDetailsInput: RevealCardDetailsInput;
  RevealCardDetailsPayload: ResolverTypeWrapper<RevealedCard>;
  SendPixInput: SendPixInput;
  SendPixPayload: ResolverTypeWrapper<Omit<SendPixPayload, 'pix'> & { pix: ResolversTypes['PixOrder'] }>;
  SimulateCardAuthorizationInput: SimulateCardAuthorizationInput;
  SimulateCardAuthorizationPayload: ResolverTypeWrapper<Omit<SimulateCardAuthorizationPayload, 'authorization'> & { authorization: ResolversTypes['CardAuthorization'] }>;
  SimulateCardCaptureInput: SimulateCardCaptureInput;
  SimulateCardCapturePayload: ResolverTypeWrapper<Omit<SimulateCardCapturePayload, 'authorization'> & { authorization: ResolversTypes['CardAuthorization'] }>;
  SimulateCardRefundInput: SimulateCardRefundInput;
  SimulateCardRefundPayload: ResolverTypeWrapper<Omit<SimulateCardRefundPayload, 'authorization'> & { authorization: ResolversTypes['CardAuthorization'] }>;
  SimulateCardReversalInput: SimulateCardReversalInput;
  SimulateCardReversalPayload: ResolverTypeWrapper<Omit<SimulateCardReversalPayload, 'authorization'> & { authorization: ResolversTypes['CardAuthorization'] }>;
  SimulateDepositInput: SimulateDepositInput;
  SimulateDepositPayload: ResolverTypeWrapper<Deposit>;
  SpendingCategory: SpendingCategory;
  StatementEntry: ResolverTypeWrapper<StatementLine>;
  StatementEntryConnection: ResolverTypeWrapper<StatementPage>;
  StatementEntryEdge: ResolverTypeWrapper<StatementLine>;
  StatementEntryKind: StatementEntryKind;
  StatementExport: ResolverTypeWrapper<StatementExport>;
  StatementFormat: StatementFormat;
  TransferBetweenAccountsInput: TransferBetweenAccountsInput;
  TransferBetweenAccountsPayload: ResolverTypeWrapper<SettledTransfer>;
  UnblockAccountPayload: ResolverTypeWrapper<Omit<UnblockAccountPayload, 'account'> & { account: ResolversTypes['Account'] }>;
  UnblockCardInput: UnblockCardInput;
  UnblockCardPayload: ResolverTypeWrapper<Omit<UnblockCardPayload, 'card'> & { card: ResolversTypes['Card'] }>;
  UpdateCardLimitsInput: UpdateCardLimitsInput;
  UpdateCardLimitsPayload: ResolverTypeWrapper<Omit<UpdateCardLimitsPayload, 'card'> & { card: ResolversTypes['Card'] }>;
  UpdatePixLimitsInput: UpdatePixLimitsInput;
  UpdatePixLimitsPayload: ResolverTypeWrapper<UpdatedPixLimits>;
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
  BlockCardInput: BlockCardInput;
  BlockCardPayload: Omit<BlockCardPayload, 'card'> & { card: ResolversParentTypes['Card'] };
  CancelCardInput: CancelCardInput;
  CancelCardPayload: Omit<CancelCardPayload, 'card'> & { card: ResolversParentTypes['Card'] };
  Card: CardModel;
  CardAuthorization: CardAuthorizationModel;
  CardCategorySpend: CategoryTotal;
  CardDetails: CardDetailsModel;
  CardInvoice: CardInvoiceModel;
  CardInvoiceConnection: InvoicePage;
  CardInvoiceEdge: CardInvoiceModel;
  CardInvoiceEntry: InvoiceEntry;
  CardLimits: CardLimitsModel;
  CardLimitsInput: CardLimitsInput;
  CardMerchant: Merchant;
  CardMerchantInput: CardMerchantInput;
  CardSpendingReport: SpendingReport;
  CardTransactionConnection: AuthorizationPage;
  CardTransactionEdge: AuthorizationEdge;
  Counterparty: StatementCounterparty;
  Customer: CustomerRef;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExportStatementInput: ExportStatementInput;
  IssueCardInput: IssueCardInput;
  IssueCardPayload: Omit<IssueCardPayload, 'card'> & { card: ResolversParentTypes['Card'] };
  LedgerHealth: ReconciliationReport;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenAccountInput: OpenAccountInput;
  OpenAccountPayload: Omit<OpenAccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  PageInfo: PageInfo;
  PayCardInvoiceInput: PayCardInvoiceInput;
  PayCardInvoicePayload: InvoicePaid;
  PayPixCodeInput: PayPixCodeInput;
  PayPixCodePayload: Omit<PayPixCodePayload, 'pix'> & { pix: ResolversParentTypes['PixOrder'] };
  PixInstitution: PixInstitution;
  PixLimit: PixLimitModel;
  PixLimits: PixLimitsModel;
  PixOrder: PixOrderModel;
  PixReceipt: PixReceiptModel;
  PixReceiptParty: ReceiptParty;
  PixReceivedConnection: ReceivedPage;
  PixReceivedEdge: Omit<PixReceivedEdge, 'node'> & { node: ResolversParentTypes['PixReceipt'] };
  Query: Record<PropertyKey, never>;
  ReplaceCardInput: ReplaceCardInput;
  ReplaceCardPayload: ReplacedCard;
  RevealCardDetailsInput: RevealCardDetailsInput;
  RevealCardDetailsPayload: RevealedCard;
  SendPixInput: SendPixInput;
  SendPixPayload: Omit<SendPixPayload, 'pix'> & { pix: ResolversParentTypes['PixOrder'] };
  SimulateCardAuthorizationInput: SimulateCardAuthorizationInput;
  SimulateCardAuthorizationPayload: Omit<SimulateCardAuthorizationPayload, 'authorization'> & { authorization: ResolversParentTypes['CardAuthorization'] };
  SimulateCardCaptureInput: SimulateCardCaptureInput;
  SimulateCardCapturePayload: Omit<SimulateCardCapturePayload, 'authorization'> & { authorization: ResolversParentTypes['CardAuthorization'] };
  SimulateCardRefundInput: SimulateCardRefundInput;
  SimulateCardRefundPayload: Omit<SimulateCardRefundPayload, 'authorization'> & { authorization: ResolversParentTypes['CardAuthorization'] };
  SimulateCardReversalInput: SimulateCardReversalInput;
  SimulateCardReversalPayload: Omit<SimulateCardReversalPayload, 'authorization'> & { authorization: ResolversParentTypes['CardAuthorization'] };
  SimulateDepositInput: SimulateDepositInput;
  SimulateDepositPayload: Deposit;
  StatementEntry: StatementLine;
  StatementEntryConnection: StatementPage;
  StatementEntryEdge: StatementLine;
  StatementExport: StatementExport;
  TransferBetweenAccountsInput: TransferBetweenAccountsInput;
  TransferBetweenAccountsPayload: SettledTransfer;
  UnblockAccountPayload: Omit<UnblockAccountPayload, 'account'> & { account: ResolversParentTypes['Account'] };
  UnblockCardInput: UnblockCardInput;
  UnblockCardPayload: Omit<UnblockCardPayload, 'card'> & { card: ResolversParentTypes['Card'] };
  UpdateCardLimitsInput: UpdateCardLimitsInput;
  UpdateCardLimitsPayload: Omit<UpdateCardLimitsPayload, 'card'> & { card: ResolversParentTypes['Card'] };
  UpdatePixLimitsInput: UpdatePixLimitsInput;
  UpdatePixLimitsPayload: UpdatedPixLimits;
}>;

export type AccountResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  balance?: Resolver<ResolversTypes['AccountBalance'], ParentType, ContextType>;
  blockedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cards?: Resolver<ReadonlyArray<ResolversTypes['Card']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdraftLimit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  pixLimits?: Resolver<ResolversTypes['PixLimits'], ParentType, ContextType>;
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

export type BlockCardPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['BlockCardPayload'] = ResolversParentTypes['BlockCardPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type CancelCardPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CancelCardPayload'] = ResolversParentTypes['CancelCardPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type CardResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Card'] = ResolversParentTypes['Card'], FederationReferenceType extends FederationReferenceTypes['Card'] = FederationReferenceTypes['Card']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Card']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  availableCredit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closingDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currentInvoice?: Resolver<Maybe<ResolversTypes['CardInvoice']>, ParentType, ContextType>;
  expiryMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiryYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['CardForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<ResolversTypes['CardInvoiceConnection'], ParentType, ContextType, RequireFields<CardInvoicesArgs, 'first'>>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CardKind'], ParentType, ContextType>;
  last4?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['CardLimits'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['Card']>, ParentType, ContextType>;
  spendingReport?: Resolver<ResolversTypes['CardSpendingReport'], ParentType, ContextType, RequireFields<CardSpendingReportArgs, 'month'>>;
  status?: Resolver<ResolversTypes['CardStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['CardTransactionConnection'], ParentType, ContextType, RequireFields<CardTransactionsArgs, 'first'>>;
}>;

export type CardAuthorizationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardAuthorization'] = ResolversParentTypes['CardAuthorization']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  capturedAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  card?: Resolver<Maybe<ResolversTypes['Card']>, ParentType, ContextType>;
  clearing?: Resolver<Maybe<ResolversTypes['CardClearingStatus']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['CardDeclineReason']>, ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merchant?: Resolver<ResolversTypes['CardMerchant'], ParentType, ContextType>;
  refundedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  responseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CardAuthorizationStatus'], ParentType, ContextType>;
}>;

export type CardCategorySpendResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardCategorySpend'] = ResolversParentTypes['CardCategorySpend']> = ResolversObject<{
  category?: Resolver<ResolversTypes['SpendingCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CardDetailsResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardDetails'] = ResolversParentTypes['CardDetails']> = ResolversObject<{
  cvv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CardInvoiceResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardInvoice'] = ResolversParentTypes['CardInvoice']> = ResolversObject<{
  closingDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entries?: Resolver<ReadonlyArray<ResolversTypes['CardInvoiceEntry']>, ParentType, ContextType>;
  minimumPayment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CardInvoiceStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CardInvoiceConnectionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardInvoiceConnection'] = ResolversParentTypes['CardInvoiceConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['CardInvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CardInvoiceEdgeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardInvoiceEdge'] = ResolversParentTypes['CardInvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CardInvoice'], ParentType, ContextType>;
}>;

export type CardInvoiceEntryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardInvoiceEntry'] = ResolversParentTypes['CardInvoiceEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  authorization?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  installments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CardLimitsResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardLimits'] = ResolversParentTypes['CardLimits']> = ResolversObject<{
  blockedCategories?: Resolver<ReadonlyArray<ResolversTypes['SpendingCategory']>, ParentType, ContextType>;
  daily?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  monthly?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  perTransaction?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type CardMerchantResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardMerchant'] = ResolversParentTypes['CardMerchant']> = ResolversObject<{
  category?: Resolver<ResolversTypes['SpendingCategory'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mcc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CardSpendingReportResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardSpendingReport'] = ResolversParentTypes['CardSpendingReport']> = ResolversObject<{
  categories?: Resolver<ReadonlyArray<ResolversTypes['CardCategorySpend']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CardTransactionConnectionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardTransactionConnection'] = ResolversParentTypes['CardTransactionConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['CardTransactionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CardTransactionEdgeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['CardTransactionEdge'] = ResolversParentTypes['CardTransactionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
}>;

export type CounterpartyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Counterparty'] = ResolversParentTypes['Counterparty']> = ResolversObject<{
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Account']>>, ParentType, ContextType>;
  cards?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Card']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pixReceived?: Resolver<Maybe<ResolversTypes['PixReceivedConnection']>, ParentType, ContextType, RequireFields<CustomerPixReceivedArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type IssueCardPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['IssueCardPayload'] = ResolversParentTypes['IssueCardPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type LedgerHealthResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['LedgerHealth'] = ResolversParentTypes['LedgerHealth']> = ResolversObject<{
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCredits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalDebits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  blockAccount?: Resolver<ResolversTypes['BlockAccountPayload'], ParentType, ContextType, RequireFields<MutationBlockAccountArgs, 'input'>>;
  blockCard?: Resolver<ResolversTypes['BlockCardPayload'], ParentType, ContextType, RequireFields<MutationBlockCardArgs, 'input'>>;
  cancelCard?: Resolver<ResolversTypes['CancelCardPayload'], ParentType, ContextType, RequireFields<MutationCancelCardArgs, 'input'>>;
  issueCard?: Resolver<ResolversTypes['IssueCardPayload'], ParentType, ContextType, RequireFields<MutationIssueCardArgs, 'idempotencyKey' | 'input'>>;
  openAccount?: Resolver<ResolversTypes['OpenAccountPayload'], ParentType, ContextType, RequireFields<MutationOpenAccountArgs, 'idempotencyKey' | 'input'>>;
  payCardInvoice?: Resolver<ResolversTypes['PayCardInvoicePayload'], ParentType, ContextType, RequireFields<MutationPayCardInvoiceArgs, 'idempotencyKey' | 'input'>>;
  payPixCode?: Resolver<ResolversTypes['PayPixCodePayload'], ParentType, ContextType, RequireFields<MutationPayPixCodeArgs, 'idempotencyKey' | 'input'>>;
  replaceCard?: Resolver<ResolversTypes['ReplaceCardPayload'], ParentType, ContextType, RequireFields<MutationReplaceCardArgs, 'idempotencyKey' | 'input'>>;
  revealCardDetails?: Resolver<ResolversTypes['RevealCardDetailsPayload'], ParentType, ContextType, RequireFields<MutationRevealCardDetailsArgs, 'input'>>;
  sendPix?: Resolver<ResolversTypes['SendPixPayload'], ParentType, ContextType, RequireFields<MutationSendPixArgs, 'idempotencyKey' | 'input'>>;
  simulateCardAuthorization?: Resolver<ResolversTypes['SimulateCardAuthorizationPayload'], ParentType, ContextType, RequireFields<MutationSimulateCardAuthorizationArgs, 'idempotencyKey' | 'input'>>;
  simulateCardCapture?: Resolver<ResolversTypes['SimulateCardCapturePayload'], ParentType, ContextType, RequireFields<MutationSimulateCardCaptureArgs, 'input'>>;
  simulateCardRefund?: Resolver<ResolversTypes['SimulateCardRefundPayload'], ParentType, ContextType, RequireFields<MutationSimulateCardRefundArgs, 'idempotencyKey' | 'input'>>;
  simulateCardReversal?: Resolver<ResolversTypes['SimulateCardReversalPayload'], ParentType, ContextType, RequireFields<MutationSimulateCardReversalArgs, 'input'>>;
  simulateDeposit?: Resolver<ResolversTypes['SimulateDepositPayload'], ParentType, ContextType, RequireFields<MutationSimulateDepositArgs, 'idempotencyKey' | 'input'>>;
  transferBetweenAccounts?: Resolver<ResolversTypes['TransferBetweenAccountsPayload'], ParentType, ContextType, RequireFields<MutationTransferBetweenAccountsArgs, 'idempotencyKey' | 'input'>>;
  unblockAccount?: Resolver<ResolversTypes['UnblockAccountPayload'], ParentType, ContextType, RequireFields<MutationUnblockAccountArgs, 'input'>>;
  unblockCard?: Resolver<ResolversTypes['UnblockCardPayload'], ParentType, ContextType, RequireFields<MutationUnblockCardArgs, 'input'>>;
  updateCardLimits?: Resolver<ResolversTypes['UpdateCardLimitsPayload'], ParentType, ContextType, RequireFields<MutationUpdateCardLimitsArgs, 'input'>>;
  updatePixLimits?: Resolver<ResolversTypes['UpdatePixLimitsPayload'], ParentType, ContextType, RequireFields<MutationUpdatePixLimitsArgs, 'input'>>;
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

export type PayCardInvoicePayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PayCardInvoicePayload'] = ResolversParentTypes['PayCardInvoicePayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
  fromAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  invoice?: Resolver<ResolversTypes['CardInvoice'], ParentType, ContextType>;
}>;

export type PayPixCodePayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PayPixCodePayload'] = ResolversParentTypes['PayPixCodePayload']> = ResolversObject<{
  pix?: Resolver<ResolversTypes['PixOrder'], ParentType, ContextType>;
}>;

export type PixInstitutionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixInstitution'] = ResolversParentTypes['PixInstitution']> = ResolversObject<{
  ispb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixLimitResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixLimit'] = ResolversParentTypes['PixLimit']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  pendingRaise?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  raiseEffectiveAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PixLimitsResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixLimits'] = ResolversParentTypes['PixLimits']> = ResolversObject<{
  daily?: Resolver<ResolversTypes['PixLimit'], ParentType, ContextType>;
  nightly?: Resolver<ResolversTypes['PixLimit'], ParentType, ContextType>;
  perTransaction?: Resolver<ResolversTypes['PixLimit'], ParentType, ContextType>;
}>;

export type PixOrderResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixOrder'] = ResolversParentTypes['PixOrder']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endToEndId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['PixReceipt']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PixOrderStatus'], ParentType, ContextType>;
}>;

export type PixReceiptResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixReceipt'] = ResolversParentTypes['PixReceipt']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endToEndId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['PixReceiptParty'], ParentType, ContextType>;
  pdf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiver?: Resolver<ResolversTypes['PixReceiptParty'], ParentType, ContextType>;
  txid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PixReceiptPartyResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixReceiptParty'] = ResolversParentTypes['PixReceiptParty']> = ResolversObject<{
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['PixInstitution'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PixReceivedConnectionResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixReceivedConnection'] = ResolversParentTypes['PixReceivedConnection']> = ResolversObject<{
  edges?: Resolver<ReadonlyArray<ResolversTypes['PixReceivedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PixReceivedEdgeResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['PixReceivedEdge'] = ResolversParentTypes['PixReceivedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PixReceipt'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accountStatementEntry?: Resolver<Maybe<ResolversTypes['StatementEntry']>, ParentType, ContextType, RequireFields<QueryAccountStatementEntryArgs, 'accountId' | 'reference'>>;
  card?: Resolver<Maybe<ResolversTypes['Card']>, ParentType, ContextType, RequireFields<QueryCardArgs, 'id'>>;
  cardAuthorization?: Resolver<Maybe<ResolversTypes['CardAuthorization']>, ParentType, ContextType, RequireFields<QueryCardAuthorizationArgs, 'id'>>;
  exportStatement?: Resolver<ResolversTypes['StatementExport'], ParentType, ContextType, RequireFields<QueryExportStatementArgs, 'input'>>;
  ledgerHealth?: Resolver<ResolversTypes['LedgerHealth'], ParentType, ContextType>;
  pixReceipt?: Resolver<Maybe<ResolversTypes['PixReceipt']>, ParentType, ContextType, RequireFields<QueryPixReceiptArgs, 'endToEndId'>>;
}>;

export type ReplaceCardPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['ReplaceCardPayload'] = ResolversParentTypes['ReplaceCardPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
  replacedCard?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type RevealCardDetailsPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['RevealCardDetailsPayload'] = ResolversParentTypes['RevealCardDetailsPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['CardDetails'], ParentType, ContextType>;
}>;

export type SendPixPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SendPixPayload'] = ResolversParentTypes['SendPixPayload']> = ResolversObject<{
  pix?: Resolver<ResolversTypes['PixOrder'], ParentType, ContextType>;
}>;

export type SimulateCardAuthorizationPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SimulateCardAuthorizationPayload'] = ResolversParentTypes['SimulateCardAuthorizationPayload']> = ResolversObject<{
  authorization?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
}>;

export type SimulateCardCapturePayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SimulateCardCapturePayload'] = ResolversParentTypes['SimulateCardCapturePayload']> = ResolversObject<{
  authorization?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
}>;

export type SimulateCardRefundPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SimulateCardRefundPayload'] = ResolversParentTypes['SimulateCardRefundPayload']> = ResolversObject<{
  authorization?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
}>;

export type SimulateCardReversalPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['SimulateCardReversalPayload'] = ResolversParentTypes['SimulateCardReversalPayload']> = ResolversObject<{
  authorization?: Resolver<ResolversTypes['CardAuthorization'], ParentType, ContextType>;
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

export type UnblockCardPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UnblockCardPayload'] = ResolversParentTypes['UnblockCardPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type UpdateCardLimitsPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UpdateCardLimitsPayload'] = ResolversParentTypes['UpdateCardLimitsPayload']> = ResolversObject<{
  card?: Resolver<ResolversTypes['Card'], ParentType, ContextType>;
}>;

export type UpdatePixLimitsPayloadResolvers<ContextType = AccountsContext, ParentType extends ResolversParentTypes['UpdatePixLimitsPayload'] = ResolversParentTypes['UpdatePixLimitsPayload']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['PixLimits'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AccountsContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  AccountTransfer?: AccountTransferResolvers<ContextType>;
  BlockAccountPayload?: BlockAccountPayloadResolvers<ContextType>;
  BlockCardPayload?: BlockCardPayloadResolvers<ContextType>;
  CancelCardPayload?: CancelCardPayloadResolvers<ContextType>;
  Card?: CardResolvers<ContextType>;
  CardAuthorization?: CardAuthorizationResolvers<ContextType>;
  CardCategorySpend?: CardCategorySpendResolvers<ContextType>;
  CardDetails?: CardDetailsResolvers<ContextType>;
  CardInvoice?: CardInvoiceResolvers<ContextType>;
  CardInvoiceConnection?: CardInvoiceConnectionResolvers<ContextType>;
  CardInvoiceEdge?: CardInvoiceEdgeResolvers<ContextType>;
  CardInvoiceEntry?: CardInvoiceEntryResolvers<ContextType>;
  CardLimits?: CardLimitsResolvers<ContextType>;
  CardMerchant?: CardMerchantResolvers<ContextType>;
  CardSpendingReport?: CardSpendingReportResolvers<ContextType>;
  CardTransactionConnection?: CardTransactionConnectionResolvers<ContextType>;
  CardTransactionEdge?: CardTransactionEdgeResolvers<ContextType>;
  Counterparty?: CounterpartyResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  IssueCardPayload?: IssueCardPayloadResolvers<ContextType>;
  LedgerHealth?: LedgerHealthResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpenAccountPayload?: OpenAccountPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayCardInvoicePayload?: PayCardInvoicePayloadResolvers<ContextType>;
  PayPixCodePayload?: PayPixCodePayloadResolvers<ContextType>;
  PixInstitution?: PixInstitutionResolvers<ContextType>;
  PixLimit?: PixLimitResolvers<ContextType>;
  PixLimits?: PixLimitsResolvers<ContextType>;
  PixOrder?: PixOrderResolvers<ContextType>;
  PixReceipt?: PixReceiptResolvers<ContextType>;
  PixReceiptParty?: PixReceiptPartyResolvers<ContextType>;
  PixReceivedConnection?: PixReceivedConnectionResolvers<ContextType>;
  PixReceivedEdge?: PixReceivedEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplaceCardPayload?: ReplaceCardPayloadResolvers<ContextType>;
  RevealCardDetailsPayload?: RevealCardDetailsPayloadResolvers<ContextType>;
  SendPixPayload?: SendPixPayloadResolvers<ContextType>;
  SimulateCardAuthorizationPayload?: SimulateCardAuthorizationPayloadResolvers<ContextType>;
  SimulateCardCapturePayload?: SimulateCardCapturePayloadResolvers<ContextType>;
  SimulateCardRefundPayload?: SimulateCardRefundPayloadResolvers<ContextType>;
  SimulateCardReversalPayload?: SimulateCardReversalPayloadResolvers<ContextType>;
  SimulateDepositPayload?: SimulateDepositPayloadResolvers<ContextType>;
  StatementEntry?: StatementEntryResolvers<ContextType>;
  StatementEntryConnection?: StatementEntryConnectionResolvers<ContextType>;
  StatementEntryEdge?: StatementEntryEdgeResolvers<ContextType>;
  StatementExport?: StatementExportResolvers<ContextType>;
  TransferBetweenAccountsPayload?: TransferBetweenAccountsPayloadResolvers<ContextType>;
  UnblockAccountPayload?: UnblockAccountPayloadResolvers<ContextType>;
  UnblockCardPayload?: UnblockCardPayloadResolvers<ContextType>;
  UpdateCardLimitsPayload?: UpdateCardLimitsPayloadResolvers<ContextType>;
  UpdatePixLimitsPayload?: UpdatePixLimitsPayloadResolvers<ContextType>;
}>;

