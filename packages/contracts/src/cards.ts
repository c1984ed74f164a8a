/**
 * What the cards module of the accounts subgraph publishes. Never a card number, CVV or expiry:
 * cards are named by id and last four digits only.
 */
import { z } from 'zod';

const amount = z.string().regex(/^\d+\.\d{2}$/, 'a decimal amount with two decimals');
const time = z.iso.datetime();
const id = z.string().min(1);

export const CARD_EVENTS = {
  cardIssued: 'accounts.card.issued',
  cardStatusChanged: 'accounts.card.status-changed',
  authorizationDecided: 'accounts.card.authorization-decided',
  authorizationCaptured: 'accounts.card.authorization-captured',
  authorizationReversed: 'accounts.card.authorization-reversed',
  authorizationRefunded: 'accounts.card.authorization-refunded',
  detailsRevealed: 'accounts.card.details-revealed',
} as const;

export const cardIssuedSchema = z.object({
  cardId: id,
  customerId: id,
  accountId: id,
  kind: z.enum(['DEBIT', 'CREDIT']),
  form: z.enum(['VIRTUAL', 'PHYSICAL']),
  last4: z.string().regex(/^\d{4}$/),
  replaces: id.nullable(),
  issuedAt: time,
});

export const cardStatusChangedSchema = z.object({
  cardId: id,
  customerId: id,
  status: z.enum(['ACTIVE', 'BLOCKED', 'CANCELLED']),
  reason: z.string().nullable(),
  changedAt: time,
});

/** An authorization the issuer answered; `cardId` is null when the number named no card of ours. */
export const authorizationDecidedSchema = z.object({
  authorizationId: id,
  cardId: id.nullable(),
  customerId: id.nullable(),
  status: z.enum(['APPROVED', 'DECLINED']),
  declineReason: z.string().nullable(),
  responseCode: z.string(),
  amount,
  mcc: z.string(),
  decidedAt: time,
});

/** A capture, reversal or refund of an approved authorization. */
export const authorizationSettledSchema = z.object({
  authorizationId: id,
  cardId: id,
  customerId: id,
  amount,
  at: time,
});

/** The audit record of revealCardDetails: who saw a card's details and when, never the details. */
export const detailsRevealedSchema = z.object({
  cardId: id,
  customerId: id,
  revealedBy: id,
  revealedAt: time,
});

export type CardIssued = z.infer<typeof cardIssuedSchema>;
export type CardStatusChanged = z.infer<typeof cardStatusChangedSchema>;
export type AuthorizationDecided = z.infer<typeof authorizationDecidedSchema>;
export type AuthorizationSettled = z.infer<typeof authorizationSettledSchema>;
export type DetailsRevealed = z.infer<typeof detailsRevealedSchema>;

export const CARD_EVENT_SCHEMAS = {
  [CARD_EVENTS.cardIssued]: cardIssuedSchema,
  [CARD_EVENTS.cardStatusChanged]: cardStatusChangedSchema,
  [CARD_EVENTS.authorizationDecided]: authorizationDecidedSchema,
  [CARD_EVENTS.authorizationCaptured]: authorizationSettledSchema,
  [CARD_EVENTS.authorizationReversed]: authorizationSettledSchema,
  [CARD_EVENTS.authorizationRefunded]: authorizationSettledSchema,
  [CARD_EVENTS.detailsRevealed]: detailsRevealedSchema,
} as const;
