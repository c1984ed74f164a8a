import { badInput, Money, parseAmountFor, unprocessable } from '@bank/kernel';
import { ownedBy, type AuthenticatedPrincipal } from '@bank/identity';
import { assertCanSend, type CheckingAccount } from '../../domain';
import {
  addMonths,
  closingDateOf,
  dueDateOf,
  invoiceStatusOf,
  minimumPaymentOf,
  parsePeriod,
  periodOf,
  type Card,
  type InvoicePeriod,
  type InvoiceStatus,
} from '../../domain/cards';
import { parseAccountId } from '../../ledger';
import { transferIdOf } from '../ids';
import type { Cards } from './context';
import { findVisibleCard } from './manage-card';
import type { InvoiceEntry } from './ports';

export type CreditCard = Extract<Card, { kind: 'CREDIT' }>;

export interface CardInvoice {
  readonly card: CreditCard;
  readonly period: InvoicePeriod;
  readonly closingDate: Date;
  readonly dueDate: Date;
  readonly total: Money;
  readonly paid: Money;
  readonly minimumPayment: Money;
  readonly status: InvoiceStatus;
  readonly entries: readonly InvoiceEntry[];
}

export async function invoiceOf(context: Cards, card: CreditCard, period: InvoicePeriod): Promise<CardInvoice> {
  const { ledgerAccountId, closingDay } = card.credit;
  const [entries, payments] = await Promise.all([
    context.cards.invoiceEntries(ledgerAccountId, period),
    context.cards.invoicePayments(ledgerAccountId, period),
  ]);
  const total = Money.max(Money.ZERO, Money.sum(entries.map(({ amount }) => amount)));
  const paid = Money.sum(payments.map(({ amount }) => amount));
  const closingDate = closingDateOf(period, closingDay);
  const dueDate = dueDateOf(period, closingDay);
  return {
    card,
    period,
    closingDate,
    dueDate,
    total,
    paid,
    minimumPayment: minimumPaymentOf(total.subtract(Money.min(total, paid))),
    status: invoiceStatusOf({ closingDate, dueDate, total, paid }, context.clock.now()),
    entries,
  };
}

/** The open invoice, where purchases post now; null for a debit card. */
export const currentInvoice = (context: Cards, card: Card): Promise<CardInvoice> | null =>
  card.kind === 'CREDIT' ? invoiceOf(context, card, periodOf(context.clock.now(), card.credit.closingDay)) : null;

export interface InvoicePage {
  readonly invoices: readonly CardInvoice[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

/**
 * The card's invoices, newest first: every period from the last installment scheduled (or the open
 * one) back to the first with an entry or a payment. The cursor is the period.
 */
export async function invoicesOf(context: Cards, card: Card, first: number, after: string | null): Promise<InvoicePage> {
  if (!Number.isInteger(first) || first < 1 || first > 24) throw badInput('first must be from 1 to 24', 'first');
  if (card.kind !== 'CREDIT') return { invoices: [], hasNextPage: false, hasPreviousPage: false };
  const current = periodOf(context.clock.now(), card.credit.closingDay);
  const earliest = (await context.cards.firstInvoicePeriod(card.credit.ledgerAccountId)) ?? current;
  const latest = await latestPeriod(context, card, current);
  const start = after === null ? latest : addMonths(parseCursor(after), -1);
  const periods: InvoicePeriod[] = [];
  for (let period = start; period >= earliest && periods.length <= first; period = addMonths(period, -1)) periods.push(period);
  const invoices = await Promise.all(periods.slice(0, first).map((period) => invoiceOf(context, card, period)));
  return { invoices, hasNextPage: periods.length > first, hasPreviousPage: after !== null };
}

/** The furthest period an installment is scheduled in, or the open one. */
async function latestPeriod(context: Cards, card: CreditCard, current: InvoicePeriod): Promise<InvoicePeriod> {
  let latest = current;
  for (let ahead = addMonths(current, 1); ; ahead = addMonths(ahead, 1)) {
    const entries = await context.cards.invoiceEntries(card.credit.ledgerAccountId, ahead);
    if (entries.length === 0) return latest;
    latest = ahead;
  }
}

function parseCursor(cursor: string): InvoicePeriod {
  const period = parsePeriod(
    Buffer.from(cursor, 'base64url')
      .toString()
      .replace(/^invoice:/, ''),
  );
  if (period === null) throw badInput('after is not a cursor of these invoices', 'after');
  return period;
}

export const invoiceCursor = (period: InvoicePeriod): string => Buffer.from(`invoice:${period}`).toString('base64url');

export interface PayCardInvoiceCommand {
  readonly cardId: string;
  readonly amount: string;
  readonly fromAccountId: string;
}

export interface InvoicePaid {
  readonly invoice: CardInvoice;
  readonly account: CheckingAccount;
}

/**
 * Pays the oldest closed invoice still owing (the open one when none is), from one of the caller's
 * accounts. The money goes to the card's credit line, so available credit grows by the amount at
 * once. At most what the line owes; paying less than the total leaves the rest owing on that
 * invoice (revolving credit and its interest are out of scope).
 */
export async function payCardInvoice(
  context: Cards,
  principal: AuthenticatedPrincipal,
  command: PayCardInvoiceCommand,
  idempotencyKey: string,
): Promise<InvoicePaid> {
  const id = transferIdOf(principal.id, 'card-invoice', idempotencyKey);
  const amount = parseAmountFor('CARD_INVOICE_PAYMENT', command.amount);
  const card = await findVisibleCard(context, principal, command.cardId);
  if (card.kind !== 'CREDIT') throw badInput('a debit card has no invoices', 'cardId');
  const account = ownedBy(
    principal,
    await context.accounts.byId(parseAccountId(command.fromAccountId, 'fromAccountId')),
    (found) => found.customerId,
    `account ${command.fromAccountId}`,
  );
  const previous = await context.ledger.findTransfer(id);
  const period = previous === null ? await periodToPay(context, card) : await periodOfPayment(context, id);
  if (previous === null) {
    assertCanSend(account);
    const owed = Money.ZERO.subtract((await context.ledger.getBalance(card.credit.ledgerAccountId)).posted);
    if (amount.greaterThan(owed)) throw badInput(`amount must be at most the ${owed.toString()} the card owes`, 'amount');
    const now = context.clock.now();
    await context.unit.run(async (tx) => {
      await tx.lockCard(card.id);
      await tx.createTransfer({
        type: 'single',
        id,
        debitAccountId: account.id,
        creditAccountId: card.credit.ledgerAccountId,
        amount,
        code: 'card',
        description: `Card invoice ${period} •••• ${card.last4}`,
      });
      await tx.insertInvoicePayment({ transferId: id, lineId: card.credit.ledgerAccountId, period, amount, paidAt: now });
    });
  }
  return { invoice: await invoiceOf(context, card, period), account };
}

async function periodToPay(context: Cards, card: CreditCard): Promise<InvoicePeriod> {
  const current = periodOf(context.clock.now(), card.credit.closingDay);
  const earliest = (await context.cards.firstInvoicePeriod(card.credit.ledgerAccountId)) ?? current;
  for (let period = earliest; period < current; period = addMonths(period, 1)) {
    const invoice = await invoiceOf(context, card, period);
    if (invoice.paid.lessThan(invoice.total)) return period;
  }
  return current;
}

async function periodOfPayment(context: Cards, transferId: string): Promise<InvoicePeriod> {
  const found = await context.cards.invoicePaymentByTransfer(transferId);
  if (found === null) throw unprocessable(`the idempotency key was used for another payment`);
  return found.period;
}
