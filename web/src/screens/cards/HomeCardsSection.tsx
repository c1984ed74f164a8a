import { Money } from '../../components/Money';
import { Empty, Section } from '../../components/Status';
import { ROUTES } from '../../router';
import { CARD_KIND, CARD_STATUS, maskedNumber } from './cards';
import { useHomeCards } from './useCards';

/** The home screen's cards: each with what it can still spend; unavailable alone when its service is down. */
export function HomeCardsSection() {
  const cards = useHomeCards();
  return (
    <Section title="Cartões" id="home-cards" state={cards.state}>
      {cards.state === 'ready' &&
        (cards.data.length === 0 ? (
          <Empty>
            Nenhum cartão ainda. <a href={ROUTES.cards.path}>Emitir cartão virtual</a>
          </Empty>
        ) : (
          <ul className="list">
            {cards.data.map((card) => (
              <li key={card.id}>
                <span>
                  {card.nickname ?? CARD_KIND[card.kind]} · {maskedNumber(card.last4)}
                </span>
                <Money amount={card.availableCredit} />
                <small>
                  {CARD_KIND[card.kind]} · {CARD_STATUS[card.status]}
                </small>
              </li>
            ))}
          </ul>
        ))}
    </Section>
  );
}
