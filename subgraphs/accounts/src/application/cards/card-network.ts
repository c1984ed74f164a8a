import { AppError, badInput, BusinessDate, Money, notFound, parseAmountFor, unprocessable } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import {
  addMonths,
  authorizationDecided,
  authorizationSettled,
  parseExpiry,
  parseInstallments,
  parseMerchant,
  periodOf,
  screen,
  splitInstallments,
  type ApprovedAuthorization,
  type AuthorizationRequest,
  type Card,
  type CardAuthorization,
  type DeclineReason,
  type Merchant,
} from '../../domain/cards';
import { CARD_EVENTS } from '@bank/contracts';
import { BANK_ACCOUNTS, isLedgerError, parseAccountId, parseTransferId, type AccountId, type TransferId } from '../../ledger/domain';
import { transferIdOf } from '../ids';
import type { Cards } from './context';
import type { CardsTransaction, InvoiceEntry, SpendPeriod } from './ports';

const CARD_SETTLEMENT = parseAccountId(BANK_ACCOUNTS.cardSettlement.id);

function assertSandbox(context: Cards): void {
  if (!context.settings.sandboxNetwork) throw unprocessable('the sandbox card network is off here (it never runs in production)');
}

export interface AuthorizeCommand {
  readonly number: string;
  /** "MM/YY". */
  readonly expiry: string;
  readonly cvv: string;
  readonly amount: string;
  readonly merchant: Merchant;
  readonly installments?: number | null;
}

/** Thrown inside the authorization's transaction to roll it back and decline. */
class Declined extends Error {
  constructor(readonly reason: DeclineReason) {
    super(reason);
  }
}

/** Thrown inside the transaction when a retry with the same key decided first: roll back, return theirs. */
class DecidedMeanwhile extends Error {}

/** The calendar day and month (in Brasília) an authorization counts against. */
export const spendKeysAt = (at: Date): readonly string[] => {
  const day = BusinessDate.fromInstant(at).toString();
  return [`D${day}`, `M${day.slice(0, 7)}`];
};

/**
 * The sandbox card network asks the issuer to approve a purchase. The checks run in network order
 * (see DECLINE_REASONS); the last ones — daily and monthly limits, a debit card's checking account
 * (blocked or closed), then funds — and the hold itself happen in one transaction, so concurrent
 * authorizations never spend a limit or a balance twice.
 * An approval holds the amount on the checking account (debit) or the credit line (credit) until
 * captured, reversed, or expired. Every decision is recorded and published; the same key returns it.
 */
export async function authorizeCardPayment(
  context: Cards,
  principal: AuthenticatedPrincipal,
  command: AuthorizeCommand,
  idempotencyKey: string,
): Promise<CardAuthorization> {
  assertSandbox(context);
  const id = transferIdOf(principal.id, 'card-auth', idempotencyKey);
  const request = parseRequest(command);
  const previous = await context.cards.authorization(id);
  if (previous !== null) return sameOrConflict(previous, request);
  const number = request.number;
  const card = /^\d{16}$/.test(number) ? await context.cards.byPanHash(context.vault.lookupHash(number)) : null;
  const cvv = card === null ? null : context.vault.cvvOf(number, card);
  const now = context.clock.now();
  const reason = screen(request, card, cvv, context.settings.bin, now);
  if (reason !== null || card === null) return decline(context, id, request, card, reason ?? 'INVALID_CARD', now);
  try {
    return await approve(context, id, request, card, now);
  } catch (error) {
    if (error instanceof Declined) return decline(context, id, request, card, error.reason, now);
    if (isLedgerError(error, 'INSUFFICIENT_FUNDS')) return decline(context, id, request, card, 'INSUFFICIENT_FUNDS', now);
    // A block in progress refuses debits in the ledger before the account's row says BLOCKED.
    if (isLedgerError(error, 'ACCOUNT_BLOCKED')) return decline(context, id, request, card, 'ACCOUNT_BLOCKED', now);
    if (error instanceof DecidedMeanwhile) return orNotFoundAuthorization(context, id);
    throw error;
  }
}

function parseRequest(command: AuthorizeCommand): AuthorizationRequest {
  if (command.number.length > 19) throw badInput('number must be at most 19 characters', 'number');
  if (!/^\d{3}$/.test(command.cvv)) throw badInput('cvv must be 3 digits', 'cvv');
  return {
    number: command.number.replace(/\s/g, ''),
    ...parseExpiry(command.expiry),
    cvv: command.cvv,
    amount: parseAmountFor('CARD_PURCHASE', command.amount),
    merchant: parseMerchant(command.merchant),
    installments: parseInstallments(command.installments),
  };
}

function sameOrConflict(previous: CardAuthorization, request: AuthorizationRequest): CardAuthorization {
  if (previous.amount.equals(request.amount) && previous.merchant.mcc === request.merchant.mcc) return previous;
  throw new AppError('CONFLICT', 'the idempotency key was used for another authorization', { field: 'idempotencyKey' });
}

async function approve(context: Cards, id: TransferId, request: AuthorizationRequest, card: Card, now: Date): Promise<CardAuthorization> {
  if (request.installments > 1 && card.kind !== 'CREDIT') throw badInput('only a credit card pays in installments', 'installments');
  const [dayKey = '', monthKey = ''] = spendKeysAt(now);
  const periods: SpendPeriod[] = [
    { key: dayKey, limit: card.limits.daily },
    { key: monthKey, limit: card.limits.monthly },
  ];
  const approved: ApprovedAuthorization = {
    id,
    status: 'APPROVED',
    cardId: card.id,
    customerId: card.customerId,
    amount: request.amount,
    merchant: request.merchant,
    installments: request.installments,
    decidedAt: now,
    holdId: id,
    holdExpiresAt: new Date(now.getTime() + context.settings.holdExpirySeconds * 1000),
    clearing: { state: 'AUTHORIZED' },
    refunded: Money.ZERO,
  };
  await context.unit.run(async (tx) => {
    if (!(await tx.addSpend(card.id, periods, request.amount))) throw new Declined('LIMIT_EXCEEDED');
    if (card.kind === 'DEBIT') {
      const status = await tx.accountStatus(card.accountId);
      if (status === 'BLOCKED') throw new Declined('ACCOUNT_BLOCKED');
      if (status !== 'ACTIVE') throw new Declined('ACCOUNT_CLOSED');
    }
    await tx.createTransfer({
      type: 'hold',
      id,
      debitAccountId: fundsOf(card),
      creditAccountId: CARD_SETTLEMENT,
      amount: request.amount,
      code: 'card',
      description: request.merchant.name,
      timeoutSeconds: context.settings.holdExpirySeconds,
    });
    if (!(await tx.insertAuthorization(approved))) throw new DecidedMeanwhile();
    await tx.record([authorizationDecided(approved)]);
  });
  return approved;
}

/** Where a card's purchases take the money from: the checking account, or the credit line. */
const fundsOf = (card: Card): AccountId => (card.kind === 'CREDIT' ? card.credit.ledgerAccountId : card.accountId);

async function decline(
  context: Cards,
  id: TransferId,
  request: AuthorizationRequest,
  card: Card | null,
  declineReason: DeclineReason,
  now: Date,
): Promise<CardAuthorization> {
  const declined: CardAuthorization = {
    id,
    status: 'DECLINED',
    cardId: card?.id ?? null,
    customerId: card?.customerId ?? null,
    amount: request.amount,
    merchant: request.merchant,
    installments: request.installments,
    decidedAt: now,
    declineReason,
  };
  const inserted = await context.unit.run(async (tx) => {
    if (!(await tx.insertAuthorization(declined))) return false;
    await tx.record([authorizationDecided(declined)]);
    return true;
  });
  return inserted ? declined : orNotFoundAuthorization(context, id);
}

async function orNotFoundAuthorization(context: Cards, id: string): Promise<CardAuthorization> {
  const found = await context.cards.authorization(id);
  if (found === null) throw notFound(`No card authorization ${id}`);
  return found;
}

/** An approved authorization, its row locked for the rest of the transaction. */
async function lockApproved(tx: CardsTransaction, authorizationId: string): Promise<ApprovedAuthorization> {
  const found = await tx.lockAuthorization(authorizationId);
  if (found === null) throw notFound(`No approved card authorization ${authorizationId}`);
  return found;
}

/**
 * The merchant settles: all of the hold, or less (the rest is released, and given back to the daily
 * and monthly limits). On credit, the amount goes to the invoices: whole, or one installment per invoice.
 */
export async function captureCardPayment(context: Cards, authorizationId: string, amount: string | null | undefined): Promise<ApprovedAuthorization> {
  assertSandbox(context);
  const asked = amount === null || amount === undefined ? null : parseAmountFor('CARD_PURCHASE', amount);
  const now = context.clock.now();
  return context.unit.run(async (tx) => {
    const authorization = await lockApproved(tx, authorizationId);
    const captured = asked ?? authorization.amount;
    if (authorization.clearing.state === 'CAPTURED' && authorization.clearing.captured.equals(captured)) return authorization;
    if (authorization.clearing.state !== 'AUTHORIZED')
      throw unprocessable(`the authorization is ${authorization.clearing.state.toLowerCase()}: it cannot be captured`);
    if (captured.greaterThan(authorization.amount)) throw badInput(`amount must be at most the ${authorization.amount.toString()} authorized`, 'amount');
    await tx.createTransfer({ type: 'post', id: parseTransferId(`${authorization.holdId}.capture`), pendingId: authorization.holdId, amount: captured });
    const released = authorization.amount.subtract(captured);
    if (released.isPositive()) await tx.releaseSpend(authorization.cardId, spendKeysAt(authorization.decidedAt), released);
    const card = await tx.lockCard(authorization.cardId);
    if (card?.kind === 'CREDIT') await tx.insertInvoiceEntries(installmentEntries(card, authorization, captured, now));
    const updated: ApprovedAuthorization = { ...authorization, clearing: { state: 'CAPTURED', captured, at: now } };
    await tx.updateAuthorization(updated);
    await tx.record([authorizationSettled(CARD_EVENTS.authorizationCaptured, updated, captured, now)]);
    return updated;
  });
}

function installmentEntries(card: Extract<Card, { kind: 'CREDIT' }>, authorization: ApprovedAuthorization, captured: Money, now: Date): InvoiceEntry[] {
  const first = periodOf(now, card.credit.closingDay);
  return splitInstallments(captured, authorization.installments).map((amount, index) => ({
    id: `${authorization.id}:${index + 1}`,
    lineId: card.credit.ledgerAccountId,
    period: addMonths(first, index),
    cardId: card.id,
    authorizationId: authorization.id,
    description: authorization.merchant.name,
    amount,
    installment: index + 1,
    installments: authorization.installments,
    postedAt: now,
  }));
}

/** The merchant cancels before capture: the hold is released at once, and so is the spend it counted. */
export async function reverseCardPayment(context: Cards, authorizationId: string): Promise<ApprovedAuthorization> {
  assertSandbox(context);
  const now = context.clock.now();
  return context.unit.run(async (tx) => {
    const authorization = await lockApproved(tx, authorizationId);
    if (authorization.clearing.state === 'REVERSED') return authorization;
    if (authorization.clearing.state !== 'AUTHORIZED') throw unprocessable('a captured authorization is refunded, not reversed');
    await tx.createTransfer({ type: 'void', id: parseTransferId(`${authorization.holdId}.reversal`), pendingId: authorization.holdId });
    await tx.releaseSpend(authorization.cardId, spendKeysAt(authorization.decidedAt), authorization.amount);
    const updated: ApprovedAuthorization = { ...authorization, clearing: { state: 'REVERSED', at: now } };
    await tx.updateAuthorization(updated);
    await tx.record([authorizationSettled(CARD_EVENTS.authorizationReversed, updated, authorization.amount, now)]);
    return updated;
  });
}

/**
 * Money back after capture, at most what was captured and not yet refunded: a new credit to the
 * checking account (debit) or the credit line (credit, shown on the open invoice).
 */
export async function refundCardPayment(
  context: Cards,
  principal: AuthenticatedPrincipal,
  authorizationId: string,
  amount: string,
  idempotencyKey: string,
): Promise<ApprovedAuthorization> {
  assertSandbox(context);
  const id = transferIdOf(principal.id, 'card-refund', idempotencyKey);
  const refund = parseAmountFor('CARD_REFUND', amount);
  const now = context.clock.now();
  const existing = await context.ledger.findTransfer(id);
  if (existing !== null) return (await orNotFoundAuthorization(context, authorizationId)) as ApprovedAuthorization;
  return context.unit.run(async (tx) => {
    const authorization = await lockApproved(tx, authorizationId);
    if (authorization.clearing.state !== 'CAPTURED') throw unprocessable('only a captured authorization can be refunded');
    const refundable = authorization.clearing.captured.subtract(authorization.refunded);
    if (refund.greaterThan(refundable)) throw badInput(`amount must be at most the ${refundable.toString()} still refundable`, 'amount');
    const card = await tx.lockCard(authorization.cardId);
    if (card === null) throw notFound(`No card ${authorization.cardId}`);
    await tx.createTransfer({
      type: 'single',
      id,
      debitAccountId: CARD_SETTLEMENT,
      creditAccountId: fundsOf(card),
      amount: refund,
      code: 'card',
      description: `Refund: ${authorization.merchant.name}`,
    });
    if (card.kind === 'CREDIT')
      await tx.insertInvoiceEntries([
        {
          id: `${authorization.id}:refund:${id}`,
          lineId: card.credit.ledgerAccountId,
          period: periodOf(now, card.credit.closingDay),
          cardId: card.id,
          authorizationId: authorization.id,
          description: `Refund: ${authorization.merchant.name}`,
          amount: Money.ZERO.subtract(refund),
          installment: 1,
          installments: 1,
          postedAt: now,
        },
      ]);
    const updated: ApprovedAuthorization = { ...authorization, refunded: authorization.refunded.add(refund) };
    await tx.updateAuthorization(updated);
    await tx.record([authorizationSettled(CARD_EVENTS.authorizationRefunded, updated, refund, now)]);
    return updated;
  });
}
