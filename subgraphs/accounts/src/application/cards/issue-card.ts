import { AppError, badInput, Money, parseAmountFor } from '@bank/kernel';
import { ownedBy, type AuthenticatedPrincipal } from '@bank/identity';
import { assertCanSend } from '../../domain';
import {
  brandOf,
  cardIssued,
  expiryOf,
  last4Of,
  panInBin,
  parseLimits,
  parseNickname,
  type Card,
  type CardForm,
  type CardKind,
  type CreditLine,
  type LimitsInput,
} from '../../domain/cards';
import { parseAccountId } from '../../ledger';
import { transferIdOf } from '../ids';
import type { Cards } from './context';
import type { CardsTransaction } from './ports';

export interface IssueCardCommand {
  readonly accountId: string;
  readonly kind: CardKind;
  readonly form: CardForm;
  readonly nickname?: string | null;
  readonly limits?: LimitsInput | null;
  readonly creditLimit?: string | null;
  readonly closingDay?: number | null;
}

/**
 * The credit a customer may have on all their credit cards together: twice what their checking
 * account holds, at least MIN_CREDIT and at most MAX_CREDIT (a documented stand-in for a credit score).
 */
export const MIN_CREDIT = Money.parse('1000.00');
export const MAX_CREDIT = Money.parse('20000.00');
export const DEFAULT_CLOSING_DAY = 10;

const allowedCredit = (posted: Money): Money => Money.min(MAX_CREDIT, Money.max(MIN_CREDIT, Money.fromCents(posted.cents * 2n)));

/** A PAN is random within the BIN: a collision with an existing card's hash is retried this many times. */
const NUMBER_ATTEMPTS = 5;

/** Issues a debit or credit card on the caller's account; a retry with the same key returns the card. */
export async function issueCard(context: Cards, principal: AuthenticatedPrincipal, command: IssueCardCommand, idempotencyKey: string): Promise<Card> {
  const id = transferIdOf(principal.id, 'card', idempotencyKey) as string;
  const limits = parseLimits(command.limits);
  const nickname = parseNickname(command.nickname);
  const account = ownedBy(
    principal,
    await context.accounts.byId(parseAccountId(command.accountId, 'accountId')),
    (found) => found.customerId,
    `account ${command.accountId}`,
  );
  const existing = await context.cards.byId(id);
  if (existing !== null) return existing;
  assertCanSend(account);
  const now = context.clock.now();
  const base = {
    id,
    customerId: principal.id,
    accountId: account.id,
    form: command.form,
    brand: brandOf(context.settings.bin),
    bin: context.settings.bin,
    ...expiryOf(now),
    nickname,
    limits,
    issuedAt: now,
    replaces: null,
    status: 'ACTIVE' as const,
  };
  if (command.kind === 'DEBIT') {
    if (command.creditLimit !== null && command.creditLimit !== undefined) throw badInput('a debit card has no credit limit', 'creditLimit');
    return insertWithNewNumber(context, (last4) => ({ ...base, last4, kind: 'DEBIT', credit: null }));
  }
  const credit = await openCreditLine(context, principal, id, command);
  return insertWithNewNumber(context, (last4) => ({ ...base, last4, kind: 'CREDIT', credit }));
}

async function openCreditLine(context: Cards, principal: AuthenticatedPrincipal, cardId: string, command: IssueCardCommand): Promise<CreditLine> {
  if (command.creditLimit === null || command.creditLimit === undefined) throw badInput('a credit card needs a creditLimit', 'creditLimit');
  const limit = parseAmountFor('CARD_LIMIT', command.creditLimit, 'creditLimit');
  const closingDay = command.closingDay ?? DEFAULT_CLOSING_DAY;
  if (!Number.isInteger(closingDay) || closingDay < 1 || closingDay > 28) throw badInput('closingDay must be from 1 to 28', 'closingDay');
  const account = await context.accounts.byCustomer(principal.id);
  const posted = account[0] === undefined ? Money.ZERO : (await context.ledger.getBalance(account[0].id)).posted;
  const lines = new Map(
    (await context.cards.byCustomer(principal.id)).flatMap((card) =>
      card.credit !== null && card.status !== 'CANCELLED' ? [[card.credit.ledgerAccountId, card.credit.limit]] : [],
    ),
  );
  const allowed = allowedCredit(posted);
  if (Money.sum(lines.values()).add(limit).greaterThan(allowed))
    throw new AppError('UNPROCESSABLE', `your credit cards together may have at most ${allowed.toString()} of credit limit`, {
      reason: 'CREDIT_LIMIT_NOT_ALLOWED',
      field: 'creditLimit',
    });
  const ledgerAccountId = parseAccountId(`line-${cardId}`);
  await context.ledger.openCustomerAccount({ id: ledgerAccountId, customerId: principal.id, overdraftLimit: limit });
  return { ledgerAccountId, limit, closingDay };
}

/** Draws numbers in the BIN until one is free, then stores the card with its sealed number. */
export async function insertWithNewNumber(
  context: Cards,
  build: (last4: string) => Card,
  alsoInTransaction: (tx: CardsTransaction, card: Card) => Promise<void> = async () => undefined,
): Promise<Card> {
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
    const pan = panInBin(context.settings.bin, (count) => context.vault.randomDigits(count));
    const card = build(last4Of(pan));
    const outcome = await context.unit.run(async (tx) => {
      const inserted = await tx.insertCard(card, { encryptedPan: context.vault.encrypt(pan, card.id), panHash: context.vault.lookupHash(pan) });
      if (inserted !== 'inserted') return inserted;
      await alsoInTransaction(tx, card);
      await tx.record([cardIssued(card)]);
      return inserted;
    });
    if (outcome === 'inserted') return card;
    if (outcome === 'id-exists') {
      const existing = await context.cards.byId(card.id);
      if (existing !== null) return existing;
    }
  }
  throw new Error(`no free card number in BIN ${context.settings.bin} after ${NUMBER_ATTEMPTS} attempts`);
}
