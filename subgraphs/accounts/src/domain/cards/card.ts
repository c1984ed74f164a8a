import { badInput, BusinessDate, Money, parseAmountFor, parseOptionalText, parseText, unprocessable } from '@bank/kernel';
import type { AccountId } from '../../ledger/domain';
import { SPENDING_CATEGORIES, type SpendingCategory } from './categories';

export type CardKind = 'DEBIT' | 'CREDIT';
export type CardForm = 'VIRTUAL' | 'PHYSICAL';

/** Spend controls; a null amount has no limit. Daily and monthly limits are calendar days and months in Brasília. */
export interface CardLimits {
  readonly perTransaction: Money | null;
  readonly daily: Money | null;
  readonly monthly: Money | null;
  readonly blockedCategories: readonly SpendingCategory[];
}

export const NO_LIMITS: CardLimits = { perTransaction: null, daily: null, monthly: null, blockedCategories: [] };

/**
 * A credit card's line of credit: a customer ledger account whose overdraft limit is the credit
 * limit, so purchases are guarded by the ledger like any debit. A replacement card keeps the line.
 */
export interface CreditLine {
  readonly ledgerAccountId: AccountId;
  readonly limit: Money;
  /** The day of the month (1 to 28) the invoice closes. */
  readonly closingDay: number;
}

/** What a card has whatever its kind and status. */
export interface Issued {
  readonly id: string;
  readonly customerId: string;
  /** The checking account: debited by a debit card, paying a credit card's invoices. */
  readonly accountId: AccountId;
  readonly form: CardForm;
  readonly brand: string;
  readonly bin: string;
  readonly last4: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly nickname: string | null;
  readonly limits: CardLimits;
  readonly issuedAt: Date;
  /** The card this one replaced, if any. */
  readonly replaces: string | null;
}

type ByKind = { readonly kind: 'DEBIT'; readonly credit: null } | { readonly kind: 'CREDIT'; readonly credit: CreditLine };

export type CardStatus =
  | { readonly status: 'ACTIVE' }
  | { readonly status: 'BLOCKED'; readonly reason: string; readonly at: Date }
  | { readonly status: 'CANCELLED'; readonly reason: string; readonly at: Date };

export type Card = Issued & ByKind & CardStatus;

/** How many years ahead a new card expires. */
export const CARD_VALIDITY_YEARS = 5;

/** The expiry of a card issued at `now`: the same month, CARD_VALIDITY_YEARS later. */
export const expiryOf = (now: Date): { expiryMonth: number; expiryYear: number } => {
  const today = BusinessDate.fromInstant(now);
  return { expiryMonth: today.month, expiryYear: today.year + CARD_VALIDITY_YEARS };
};

/** A card is valid through the last day of its expiry month (in Brasília). */
export const isExpired = ({ expiryMonth, expiryYear }: Pick<Card, 'expiryMonth' | 'expiryYear'>, now: Date): boolean =>
  now.getTime() >= BusinessDate.of(expiryYear, expiryMonth, 1).addMonthsClamped(1).startsAt().getTime();

/** "MM/YY", as printed on the card. */
export const expiryText = ({ expiryMonth, expiryYear }: Pick<Card, 'expiryMonth' | 'expiryYear'>): string =>
  `${String(expiryMonth).padStart(2, '0')}/${String(expiryYear % 100).padStart(2, '0')}`;

export const parseNickname = (input: string | null | undefined): string | null => parseOptionalText(input, 'nickname', 'nickname');

export const parseCardReason = (input: string): string => parseText(input, 'reason', 'reason');

export interface LimitsInput {
  readonly perTransaction?: string | null;
  readonly daily?: string | null;
  readonly monthly?: string | null;
  readonly blockedCategories?: readonly string[] | null;
}

/** Limits as a customer sets them: positive amounts, per transaction ≤ daily ≤ monthly, known categories. */
export function parseLimits(input: LimitsInput | null | undefined): CardLimits {
  if (input === null || input === undefined) return NO_LIMITS;
  const amount = (value: string | null | undefined, field: string) =>
    value === null || value === undefined ? null : parseAmountFor('CARD_LIMIT', value, `limits.${field}`);
  const perTransaction = amount(input.perTransaction, 'perTransaction');
  const daily = amount(input.daily, 'daily');
  const monthly = amount(input.monthly, 'monthly');
  const ordered = [perTransaction, daily, monthly].filter((limit): limit is Money => limit !== null);
  if (ordered.some((limit, index) => index > 0 && limit.lessThan(ordered[index - 1] as Money)))
    throw badInput('limits must satisfy perTransaction ≤ daily ≤ monthly', 'limits');
  const blockedCategories = [...new Set(input.blockedCategories ?? [])];
  const unknown = blockedCategories.find((category) => !(SPENDING_CATEGORIES as readonly string[]).includes(category));
  if (unknown !== undefined) throw badInput(`limits.blockedCategories: no category ${unknown}`, 'limits.blockedCategories');
  return { perTransaction, daily, monthly, blockedCategories: blockedCategories as SpendingCategory[] };
}

/** BLOCKED at once; unblocking makes it ACTIVE again. A cancelled card is final. */
export function blockCard(card: Card, reason: string, at: Date): Card {
  if (card.status !== 'ACTIVE') throw unprocessable(`the card is ${card.status.toLowerCase()}: only an active card can be blocked`);
  return { ...card, status: 'BLOCKED', reason, at };
}

export function unblockCard(card: Card): Card {
  if (card.status !== 'BLOCKED') throw unprocessable(`the card is ${card.status.toLowerCase()}, not blocked`);
  const { reason: _reason, at: _at, ...rest } = card;
  return { ...rest, status: 'ACTIVE' };
}

export function cancelCard(card: Card, reason: string, at: Date): Card {
  if (card.status === 'CANCELLED') throw unprocessable('the card is cancelled already');
  return { ...card, status: 'CANCELLED', reason, at };
}

export function changeLimits(card: Card, limits: CardLimits): Card {
  if (card.status === 'CANCELLED') throw unprocessable('a cancelled card has no limits to change');
  return { ...card, limits };
}
