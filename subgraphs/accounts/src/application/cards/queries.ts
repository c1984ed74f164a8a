import { badInput, BusinessDate, Money } from '@bank/kernel';
import { visibleTo, type Principal } from '@bank/identity';
import { categoryOf, parsePeriod, SPENDING_CATEGORIES, type Card, type CardAuthorization, type SpendingCategory } from '../../domain/cards';
import type { Cards } from './context';
import type { Positioned } from './ports';

export interface AuthorizationPage {
  readonly items: readonly Positioned<CardAuthorization>[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/** The card's authorizations, newest first, approved and declined. */
export async function transactionsOf(context: Cards, card: Card, first: number, after: string | null): Promise<AuthorizationPage> {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be from 1 to 100', 'first');
  const before = after === null ? null : decodeTransactionCursor(after);
  const items = await context.cards.authorizations(card.id, { limit: first + 1, before });
  return { items: items.slice(0, first), hasNextPage: items.length > first, hasPreviousPage: before !== null };
}

export const transactionCursor = (position: bigint): string => Buffer.from(`authorization:${position}`).toString('base64url');

function decodeTransactionCursor(cursor: string): bigint {
  const match = /^authorization:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (match === null) throw badInput('after is not a cursor of these transactions', 'after');
  return BigInt(match[1] ?? '0');
}

/** One authorization, for the holder of its card and staff (the gateway's cardActivity resolves through it). */
export async function findVisibleAuthorization(context: Cards, principal: Principal, id: string): Promise<CardAuthorization> {
  const found = await context.cards.authorization(id);
  return visibleTo(principal, found?.customerId === null ? null : found, (authorization) => authorization.customerId ?? '', `card authorization ${id}`);
}

export interface CategoryTotal {
  readonly category: SpendingCategory;
  readonly total: Money;
  readonly count: number;
}

export interface SpendingReport {
  readonly month: string;
  readonly total: Money;
  readonly categories: readonly CategoryTotal[];
}

/** What the card's purchases captured in the month (in Brasília) add up to, net of refunds, by category; largest first. */
export async function spendingReport(context: Cards, card: Card, month: string): Promise<SpendingReport> {
  const period = parsePeriod(month);
  if (period === null) throw badInput('month must be YYYY-MM', 'month');
  const [year, monthNumber] = period.split('-').map(Number) as [number, number];
  const first = BusinessDate.of(year, monthNumber, 1);
  const [from, to] = [first.startsAt(), first.addMonthsClamped(1).startsAt()];
  const byCategory = new Map<SpendingCategory, { total: Money; count: number }>();
  for (const { mcc, total, count } of await context.cards.spendingByMcc(card.id, from, to)) {
    const category = categoryOf(mcc);
    const sum = byCategory.get(category) ?? { total: Money.ZERO, count: 0 };
    byCategory.set(category, { total: sum.total.add(total), count: sum.count + count });
  }
  const categories = SPENDING_CATEGORIES.flatMap((category) => {
    const sum = byCategory.get(category);
    return sum === undefined ? [] : [{ category, ...sum }];
  }).sort((a, b) => (b.total.greaterThan(a.total) ? 1 : a.total.greaterThan(b.total) ? -1 : 0));
  return { month: period, total: Money.sum(categories.map(({ total }) => total)), categories };
}

/** What the card can still spend: the credit line's available balance (credit), the account's (debit). */
export async function availableOf(context: Cards, card: Card): Promise<Money> {
  const balance = await context.ledger.getBalance(card.kind === 'CREDIT' ? card.credit.ledgerAccountId : card.accountId);
  return balance.available ?? Money.ZERO;
}
