import {
  CARD_EVENTS,
  type AuthorizationDecided,
  type AuthorizationSettled,
  type CardIssued,
  type CardStatusChanged,
  type DetailsRevealed,
} from '@bank/contracts';
import type { DomainEvent, Money } from '@bank/kernel';
import { RESPONSE_CODES, type ApprovedAuthorization, type CardAuthorization } from './authorization';
import type { Card } from './card';

export type CardEvent =
  | DomainEvent<typeof CARD_EVENTS.cardIssued, CardIssued>
  | DomainEvent<typeof CARD_EVENTS.cardStatusChanged, CardStatusChanged>
  | DomainEvent<typeof CARD_EVENTS.authorizationDecided, AuthorizationDecided>
  | DomainEvent<
      typeof CARD_EVENTS.authorizationCaptured | typeof CARD_EVENTS.authorizationReversed | typeof CARD_EVENTS.authorizationRefunded,
      AuthorizationSettled
    >
  | DomainEvent<typeof CARD_EVENTS.detailsRevealed, DetailsRevealed>;

export const cardIssued = (card: Card): CardEvent => ({
  type: CARD_EVENTS.cardIssued,
  subject: card.id,
  occurredAt: card.issuedAt,
  data: {
    cardId: card.id,
    customerId: card.customerId,
    accountId: card.accountId,
    kind: card.kind,
    form: card.form,
    last4: card.last4,
    replaces: card.replaces,
    issuedAt: card.issuedAt.toISOString(),
  },
});

export const cardStatusChanged = (card: Card, at: Date): CardEvent => ({
  type: CARD_EVENTS.cardStatusChanged,
  subject: card.id,
  occurredAt: at,
  data: {
    cardId: card.id,
    customerId: card.customerId,
    status: card.status,
    reason: card.status === 'ACTIVE' ? null : card.reason,
    changedAt: at.toISOString(),
  },
});

export const authorizationDecided = (authorization: CardAuthorization): CardEvent => ({
  type: CARD_EVENTS.authorizationDecided,
  subject: authorization.cardId ?? authorization.id,
  occurredAt: authorization.decidedAt,
  data: {
    authorizationId: authorization.id,
    cardId: authorization.cardId,
    customerId: authorization.customerId,
    status: authorization.status,
    declineReason: authorization.status === 'DECLINED' ? authorization.declineReason : null,
    responseCode: RESPONSE_CODES[authorization.status === 'DECLINED' ? authorization.declineReason : 'APPROVED'],
    amount: authorization.amount.toString(),
    mcc: authorization.merchant.mcc,
    decidedAt: authorization.decidedAt.toISOString(),
  },
});

type SettlementType = typeof CARD_EVENTS.authorizationCaptured | typeof CARD_EVENTS.authorizationReversed | typeof CARD_EVENTS.authorizationRefunded;

export const authorizationSettled = (type: SettlementType, authorization: ApprovedAuthorization, amount: Money, at: Date): CardEvent => ({
  type,
  subject: authorization.cardId,
  occurredAt: at,
  data: {
    authorizationId: authorization.id,
    cardId: authorization.cardId,
    customerId: authorization.customerId,
    amount: amount.toString(),
    at: at.toISOString(),
  },
});

export const detailsRevealed = (card: Card, revealedBy: string, at: Date): CardEvent => ({
  type: CARD_EVENTS.detailsRevealed,
  subject: card.id,
  occurredAt: at,
  data: { cardId: card.id, customerId: card.customerId, revealedBy, revealedAt: at.toISOString() },
});
