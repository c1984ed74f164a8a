/** The cards screen's data: the customer's cards, one card's report and live feed, and what a holder does with a card. */
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import {
  BlockCardDocument,
  CardActivityDocument,
  CardSpendingReportDocument,
  CardsScreenDocument,
  HomeCardsDocument,
  IssueCardDocument,
  RevealCardDetailsDocument,
  UnblockCardDocument,
  UpdateCardLimitsDocument,
  type CardKind,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { parseAmount } from '../../lib/parse';
import { section } from '../../lib/section';
import { monthOf, parseLimits, type LimitsText } from './cards';

export interface IssueForm {
  readonly kind: CardKind;
  readonly nickname: string;
  readonly creditLimit: string;
}

export interface Details {
  readonly cardId: string;
  readonly number: string;
  readonly cvv: string;
  readonly expiry: string;
}

/** The API's words for a reveal beyond the hourly allowance (UNPROCESSABLE, reason RATE_LIMITED), in Portuguese. */
const REVEAL_LIMITED = 'Você já viu os dados do cartão muitas vezes na última hora; tente de novo mais tarde';

const revealErrorsOf = (error: unknown): FormErrors =>
  CombinedGraphQLErrors.is(error) && error.errors.some(({ extensions }) => extensions?.reason === 'RATE_LIMITED')
    ? { fields: {}, form: [REVEAL_LIMITED] }
    : formErrorsOf(error);

const LIMITS_ORDER = 'O limite por compra não pode passar o diário, nem o diário o mensal';

/** An error about the limits together ("limits": perTransaction ≤ daily ≤ monthly) names no one field: it goes on top of the form. */
function limitsErrorsOf(error: unknown): FormErrors {
  const { fields, form } = formErrorsOf(error);
  const { limits: together, ...each } = fields;
  return together === undefined ? { fields, form } : { fields: each, form: [...form, LIMITS_ORDER] };
}

const REFETCH = ['CardsScreen', 'HomeCards'];

export function useCards(selectedId: string | null) {
  const screen = useQuery(CardsScreenDocument, { variables: { first: 20 }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const data = section(screen, (result) => (result.me.cards == null ? null : result.me));
  const cards = data.state === 'ready' ? (data.data.cards ?? []) : [];
  const card = cards.find(({ id }) => id === selectedId) ?? cards[0] ?? null;
  const account = data.state === 'ready' ? ((data.data.accounts ?? []).find(({ status }) => status === 'ACTIVE') ?? null) : null;

  const [month, setMonth] = useState(() => monthOf(new Date()));
  const report = useQuery(CardSpendingReportDocument, {
    variables: { cardId: card?.id ?? '', month },
    skip: card === null,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  // Live: a decision or a capture on the card brings its transactions (and what it can spend) up to date.
  useSubscription(CardActivityDocument, {
    variables: { cardId: card?.id ?? '' },
    skip: card === null || card.status === 'CANCELLED',
    onData: () => void Promise.all([screen.refetch(), report.refetch()]),
  });

  const [issue, issuing] = useMutation(IssueCardDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [reveal, revealing] = useMutation(RevealCardDetailsDocument);
  const [block, blocking] = useMutation(BlockCardDocument, { refetchQueries: REFETCH });
  const [unblock, unblocking] = useMutation(UnblockCardDocument, { refetchQueries: REFETCH });
  const [updateLimits, updatingLimits] = useMutation(UpdateCardLimitsDocument);
  const [issueErrors, setIssueErrors] = useState<FormErrors>(NO_ERRORS);
  const [revealErrors, setRevealErrors] = useState<FormErrors>(NO_ERRORS);
  const [statusErrors, setStatusErrors] = useState<FormErrors>(NO_ERRORS);
  const [limitsErrors, setLimitsErrors] = useState<FormErrors>(NO_ERRORS);
  const [details, setDetails] = useState<Details | null>(null);

  return {
    state: data.state,
    account,
    cards,
    card,
    /** The revealed details of the card shown, until another card is shown. */
    details: details !== null && details.cardId === card?.id ? details : null,
    hideDetails: () => setDetails(null),
    month,
    setMonth,
    report: section(report, (result) => result.card?.spendingReport),

    issueErrors,
    issuing: issuing.loading,
    /** The new card's id, or null when the API or the form refused. */
    issueCard: async (form: IssueForm): Promise<string | null> => {
      if (account === null) return null;
      let creditLimit: string | undefined;
      if (form.kind === 'CREDIT') {
        const parsed = parseAmount(form.creditLimit);
        if (!parsed.ok) return (setIssueErrors(fieldErrors({ creditLimit: parsed.message })), null);
        creditLimit = parsed.value;
      }
      try {
        const nickname = form.nickname.trim();
        const { data: issued } = await issue({
          variables: {
            input: { accountId: account.id, kind: form.kind, form: 'VIRTUAL', ...(nickname ? { nickname } : {}), ...(creditLimit ? { creditLimit } : {}) },
            idempotencyKey: newIdempotencyKey(),
          },
        });
        setIssueErrors(NO_ERRORS);
        return issued?.issueCard.card.id ?? null;
      } catch (error) {
        setIssueErrors(formErrorsOf(error));
        return null;
      }
    },

    revealErrors,
    revealing: revealing.loading,
    revealDetails: async () => {
      if (card === null) return;
      try {
        const { data: revealed } = await reveal({ variables: { cardId: card.id } });
        if (revealed) setDetails({ cardId: card.id, ...revealed.revealCardDetails.details });
        setRevealErrors(NO_ERRORS);
      } catch (error) {
        setRevealErrors(revealErrorsOf(error));
      }
    },

    statusErrors,
    changingStatus: blocking.loading || unblocking.loading,
    /** Blocks an active card, unblocks a blocked one. */
    toggleBlocked: async () => {
      if (card === null) return;
      try {
        if (card.status === 'ACTIVE') await block({ variables: { cardId: card.id, reason: 'Bloqueado pelo cliente no app' } });
        else await unblock({ variables: { cardId: card.id } });
        setStatusErrors(NO_ERRORS);
      } catch (error) {
        setStatusErrors(formErrorsOf(error));
      }
    },

    limitsErrors,
    updatingLimits: updatingLimits.loading,
    updateLimits: async (text: LimitsText): Promise<boolean> => {
      if (card === null) return false;
      const parsed = parseLimits(text);
      if (!parsed.ok) return (setLimitsErrors(fieldErrors(parsed.errors)), false);
      try {
        await updateLimits({
          variables: { input: { cardId: card.id, limits: { ...parsed.value, blockedCategories: card.limits.blockedCategories } } },
        });
        setLimitsErrors(NO_ERRORS);
        return true;
      } catch (error) {
        setLimitsErrors(limitsErrorsOf(error));
        return false;
      }
    },
  };
}

/** The home screen's cards section: a query of its own, unavailable alone when the accounts subgraph does not answer. */
export function useHomeCards() {
  const result = useQuery(HomeCardsDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  return section(result, (data) => data.me?.cards);
}
