import { AppError, notFound, unprocessable } from '@bank/kernel';
import { ownedBy, visibleTo, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import {
  blockCard as block,
  cancelCard as cancel,
  cardStatusChanged,
  changeLimits,
  detailsRevealed,
  expiryOf,
  expiryText,
  parseCardReason,
  parseLimits,
  unblockCard as unblock,
  type Card,
  type LimitsInput,
} from '../../domain/cards';
import { transferIdOf } from '../ids';
import type { Cards } from './context';
import { insertWithNewNumber } from './issue-card';

const ownerOf = (card: Card): string => card.customerId;

/** The card when the principal holds it or is staff; NOT_FOUND otherwise, as for an id that does not exist. */
export async function findVisibleCard(context: Cards, principal: Principal, id: string): Promise<Card> {
  return visibleTo(principal, await context.cards.byId(id), ownerOf, `card ${id}`);
}

async function findOwnCard(context: Cards, principal: AuthenticatedPrincipal, id: string): Promise<Card> {
  return ownedBy(principal, await context.cards.byId(id), ownerOf, `card ${id}`);
}

/** Applies `change` to the card with its row locked, and records the event, in one transaction. */
async function changeCard(context: Cards, card: Card, change: (locked: Card, at: Date) => Card, statusChanges: boolean): Promise<Card> {
  const at = context.clock.now();
  return context.unit.run(async (tx) => {
    const locked = await tx.lockCard(card.id);
    if (locked === null) throw notFound(`No card ${card.id}`);
    const changed = change(locked, at);
    await tx.updateCard(changed);
    if (statusChanges) await tx.record([cardStatusChanged(changed, at)]);
    return changed;
  });
}

/** The holder pauses the card (staff may too, e.g. on suspected fraud): every authorization after this returns is declined. */
export async function blockCard(context: Cards, principal: Principal, cardId: string, reason: string): Promise<Card> {
  const why = parseCardReason(reason);
  return changeCard(context, await findVisibleCard(context, principal, cardId), (card, at) => block(card, why, at), true);
}

export async function unblockCard(context: Cards, principal: AuthenticatedPrincipal, cardId: string): Promise<Card> {
  return changeCard(context, await findOwnCard(context, principal, cardId), (card) => unblock(card), true);
}

/** Final: the number never approves again. Authorizations already approved can still be captured. */
export async function cancelCard(context: Cards, principal: AuthenticatedPrincipal, cardId: string, reason: string): Promise<Card> {
  const why = parseCardReason(reason);
  return changeCard(context, await findOwnCard(context, principal, cardId), (card, at) => cancel(card, why, at), true);
}

export async function updateCardLimits(context: Cards, principal: AuthenticatedPrincipal, cardId: string, input: LimitsInput): Promise<Card> {
  const limits = parseLimits(input);
  return changeCard(context, await findOwnCard(context, principal, cardId), (card) => changeLimits(card, limits), false);
}

/**
 * A lost or stolen card: cancelled, and a new number issued with the same limits, form, nickname
 * and (credit) line, in one transaction. A retry with the same key returns the new card.
 */
export async function replaceCard(
  context: Cards,
  principal: AuthenticatedPrincipal,
  cardId: string,
  reason: string,
  idempotencyKey: string,
): Promise<{ replaced: Card; card: Card }> {
  const id = transferIdOf(principal.id, 'card', idempotencyKey) as string;
  const why = parseCardReason(reason);
  const old = await findOwnCard(context, principal, cardId);
  const existing = await context.cards.byId(id);
  if (existing !== null) {
    if (existing.replaces !== old.id) throw new AppError('CONFLICT', `the key was used for card ${existing.id}`, { field: 'idempotencyKey' });
    return { replaced: old, card: existing };
  }
  if (old.status === 'CANCELLED') throw unprocessable('the card is cancelled already: issue a new one');
  const now = context.clock.now();
  let replaced: Card = old;
  const card = await insertWithNewNumber(
    context,
    (last4) => ({ ...old, id, last4, ...expiryOf(now), issuedAt: now, replaces: old.id, status: 'ACTIVE' }) as Card,
    async (tx, created) => {
      const locked = await tx.lockCard(old.id);
      if (locked === null || locked.status === 'CANCELLED') throw unprocessable('the card is cancelled already: issue a new one');
      replaced = cancel(locked, `replaced by ${created.id}: ${why}`, now);
      await tx.updateCard(replaced);
      await tx.record([cardStatusChanged(replaced, now)]);
    },
  );
  return { replaced, card };
}

export interface CardDetails {
  readonly number: string;
  readonly cvv: string;
  /** "MM/YY". */
  readonly expiry: string;
}

/**
 * The full number, CVV and expiry, for the holder only (staff never), a few times an hour. Each
 * reveal is recorded (who, when; never the values) before the details are returned.
 */
export async function revealCardDetails(context: Cards, principal: AuthenticatedPrincipal, cardId: string): Promise<CardDetails> {
  const card = await findOwnCard(context, principal, cardId);
  if (card.status === 'CANCELLED') throw unprocessable('a cancelled card has no details to reveal');
  if (!(await context.reveals.tryReveal(principal.id)))
    throw new AppError('UNPROCESSABLE', 'too many reveals of card details: try again later', { reason: 'RATE_LIMITED' });
  const sealed = await context.cards.encryptedPan(card.id);
  if (sealed === null) throw new Error(`card ${card.id} has no stored number`);
  const number = context.vault.decrypt(sealed, card.id);
  await context.unit.run((tx) => tx.record([detailsRevealed(card, principal.id, context.clock.now())]));
  return { number, cvv: context.vault.cvvOf(number, card), expiry: expiryText(card) };
}

/** The customer's cards, newest first, for them and staff. */
export async function cardsOfCustomer(context: Cards, principal: Principal, customerId: string): Promise<Card[]> {
  const cards = await context.cards.byCustomer(customerId);
  return cards.filter((card) => canSeeCard(principal, card));
}

const canSeeCard = (principal: Principal, card: Card): boolean =>
  principal.kind === 'authenticated' && (principal.id === card.customerId || principal.roles.includes('staff'));

export async function cardsOfAccount(context: Cards, principal: Principal, accountId: string): Promise<Card[]> {
  const cards = await context.cards.byAccount(accountId as Card['accountId']);
  return cards.filter((card) => canSeeCard(principal, card));
}
