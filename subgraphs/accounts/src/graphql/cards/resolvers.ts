import { requireAuthenticated } from '@bank/identity';
import { authorizeCardPayment, captureCardPayment, refundCardPayment, reverseCardPayment } from '../../application/cards/card-network';
import { currentInvoice, invoiceCursor, invoicesOf, payCardInvoice } from '../../application/cards/invoices';
import { issueCard } from '../../application/cards/issue-card';
import {
  blockCard,
  cancelCard,
  cardsOfAccount,
  cardsOfCustomer,
  findVisibleCard,
  replaceCard,
  revealCardDetails,
  unblockCard,
  updateCardLimits,
} from '../../application/cards/manage-card';
import { availableOf, findVisibleAuthorization, spendingReport, transactionCursor, transactionsOf } from '../../application/cards/queries';
import { findVisibleAccount } from '../../application/queries';
import { categoryOf, clearingStateOf, RESPONSE_CODES } from '../../domain/cards';
import type { Resolvers } from '../generated/resolvers';

const pageInfo = <T>(
  items: readonly T[],
  cursor: (item: T) => string,
  { hasNextPage, hasPreviousPage }: { hasNextPage: boolean; hasPreviousPage: boolean },
) => {
  const first = items[0];
  const last = items[items.length - 1];
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: first === undefined ? null : cursor(first),
    endCursor: last === undefined ? null : cursor(last),
  };
};

/** The cards module's resolvers, merged into the subgraph's. Thin: authorization lives in the use cases. */
export const cardResolvers = {
  Query: {
    card: (_, { id }, { accounts, principal }) => findVisibleCard(accounts.cards, principal, id),
    cardAuthorization: (_, { id }, { accounts, principal }) => findVisibleAuthorization(accounts.cards, principal, id),
  },

  Mutation: {
    issueCard: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      card: await issueCard(accounts.cards, requireAuthenticated(principal), input, idempotencyKey),
    }),
    revealCardDetails: async (_, { input }, { accounts, principal }) => {
      const caller = requireAuthenticated(principal);
      const details = await revealCardDetails(accounts.cards, caller, input.cardId);
      return { card: await findVisibleCard(accounts.cards, caller, input.cardId), details };
    },
    blockCard: async (_, { input }, { accounts, principal }) => ({ card: await blockCard(accounts.cards, principal, input.cardId, input.reason) }),
    unblockCard: async (_, { input }, { accounts, principal }) => ({ card: await unblockCard(accounts.cards, requireAuthenticated(principal), input.cardId) }),
    cancelCard: async (_, { input }, { accounts, principal }) => ({
      card: await cancelCard(accounts.cards, requireAuthenticated(principal), input.cardId, input.reason),
    }),
    replaceCard: (_, { input, idempotencyKey }, { accounts, principal }) =>
      replaceCard(accounts.cards, requireAuthenticated(principal), input.cardId, input.reason, idempotencyKey),
    updateCardLimits: async (_, { input }, { accounts, principal }) => ({
      card: await updateCardLimits(accounts.cards, requireAuthenticated(principal), input.cardId, input.limits),
    }),
    payCardInvoice: (_, { input, idempotencyKey }, { accounts, principal }) =>
      payCardInvoice(accounts.cards, requireAuthenticated(principal), input, idempotencyKey),
    simulateCardAuthorization: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      authorization: await authorizeCardPayment(accounts.cards, requireAuthenticated(principal), input, idempotencyKey),
    }),
    simulateCardCapture: async (_, { input }, { accounts, principal }) => {
      requireAuthenticated(principal);
      return { authorization: await captureCardPayment(accounts.cards, input.authorizationId, input.amount) };
    },
    simulateCardReversal: async (_, { input }, { accounts, principal }) => {
      requireAuthenticated(principal);
      return { authorization: await reverseCardPayment(accounts.cards, input.authorizationId) };
    },
    simulateCardRefund: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      authorization: await refundCardPayment(accounts.cards, requireAuthenticated(principal), input.transactionId, input.amount, idempotencyKey),
    }),
  },

  Customer: {
    cards: ({ id }, _, { accounts, principal }) => cardsOfCustomer(accounts.cards, principal, id),
  },

  Account: {
    cards: (account, _, { accounts, principal }) => cardsOfAccount(accounts.cards, principal, account.id),
  },

  Card: {
    __resolveReference: ({ id }, { accounts, principal }) => findVisibleCard(accounts.cards, principal, id),
    account: (card, _, { accounts, principal }) => findVisibleAccount(accounts, principal, card.accountId),
    statusReason: (card) => (card.status === 'ACTIVE' ? null : card.reason),
    creditLimit: (card) => card.credit?.limit ?? null,
    closingDay: (card) => card.credit?.closingDay ?? null,
    availableCredit: (card, _, { accounts }) => availableOf(accounts.cards, card),
    replaces: (card, _, { accounts, principal }) => (card.replaces === null ? null : findVisibleCard(accounts.cards, principal, card.replaces)),
    transactions: (card, { first, after }, { accounts }) => transactionsOf(accounts.cards, card, first ?? 20, after ?? null),
    currentInvoice: (card, _, { accounts }) => currentInvoice(accounts.cards, card),
    invoices: (card, { first, after }, { accounts }) => invoicesOf(accounts.cards, card, first ?? 12, after ?? null),
    spendingReport: (card, { month }, { accounts }) => spendingReport(accounts.cards, card, month),
  },

  CardAuthorization: {
    declineReason: (authorization) => (authorization.status === 'DECLINED' ? authorization.declineReason : null),
    responseCode: (authorization) => RESPONSE_CODES[authorization.status === 'DECLINED' ? authorization.declineReason : 'APPROVED'],
    card: (authorization, _, { accounts, principal }) =>
      authorization.cardId === null ? null : findVisibleCard(accounts.cards, principal, authorization.cardId),
    clearing: (authorization, _, { accounts }) => (authorization.status === 'APPROVED' ? clearingStateOf(authorization, accounts.clock.now()) : null),
    capturedAmount: (authorization) =>
      authorization.status === 'APPROVED' && authorization.clearing.state === 'CAPTURED' ? authorization.clearing.captured : null,
    refundedAmount: (authorization) => (authorization.status === 'APPROVED' ? authorization.refunded : '0.00'),
    holdExpiresAt: (authorization) => (authorization.status === 'APPROVED' ? authorization.holdExpiresAt : null),
  },

  CardMerchant: {
    category: ({ mcc }) => categoryOf(mcc),
  },

  CardTransactionConnection: {
    edges: ({ items }) => items,
    pageInfo: (page) => pageInfo(page.items, ({ position }) => transactionCursor(position), page),
  },

  CardTransactionEdge: {
    cursor: ({ position }) => transactionCursor(position),
    node: ({ item }) => item,
  },

  CardInvoice: {
    period: ({ period }) => period,
  },

  CardInvoiceEntry: {
    authorization: (entry, _, { accounts, principal }) => findVisibleAuthorization(accounts.cards, principal, entry.authorizationId),
  },

  CardInvoiceConnection: {
    edges: ({ invoices }) => invoices,
    pageInfo: (page) => pageInfo(page.invoices, ({ period }) => invoiceCursor(period), page),
  },

  CardInvoiceEdge: {
    cursor: ({ period }) => invoiceCursor(period),
    node: (invoice) => invoice,
  },

  ReplaceCardPayload: {
    replacedCard: ({ replaced }) => replaced,
  },

  PayCardInvoicePayload: {
    card: ({ invoice }) => invoice.card,
    fromAccount: ({ account }) => account,
  },
} satisfies Resolvers;
