import type { CardDetails } from '../../application/cards/manage-card';
import type { Positioned } from '../../application/cards/ports';
import type { Card, CardAuthorization } from '../../domain/cards';

export type AuthorizationEdge = Positioned<CardAuthorization>;

export interface ReplacedCard {
  readonly replaced: Card;
  readonly card: Card;
}

export interface RevealedCard {
  readonly card: Card;
  readonly details: CardDetails;
}
