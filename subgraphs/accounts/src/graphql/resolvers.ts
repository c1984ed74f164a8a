import { scalarResolvers } from '@bank/graphql';
import { requireAuthenticated } from '@bank/identity';
import { exportStatement } from '../application/export-statement';
import { openAccount } from '../application/open-account';
import { accountsOf, balanceOfAccount, encodeCursor, findVisibleAccount, statementEntryOf, statementOf } from '../application/queries';
import { blockAccount, ledgerHealth, unblockAccount } from '../application/staff';
import { simulateDeposit, transferBetweenAccounts } from '../application/transfers';
import { maskDocument } from '../domain';
import { cardResolvers } from './cards/resolvers';
import type { Resolvers } from './generated/resolvers';

/** Thin: arguments to use cases, results to the schema's shapes. Authorization lives in the use cases. */
export const resolvers: Resolvers = {
  ...scalarResolvers,

  Query: {
    account: (_, { id }, { accounts, principal }) => findVisibleAccount(accounts, principal, id),
    accountStatementEntry: (_, { accountId, reference }, { accounts, principal }) => statementEntryOf(accounts, principal, accountId, reference),
    exportStatement: (_, { input }, { accounts, principal }) => exportStatement(accounts, principal, input),
    ledgerHealth: (_, __, { accounts, principal }) => ledgerHealth(accounts, principal),
    ...cardResolvers.Query,
  },

  Mutation: {
    openAccount: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      account: await openAccount(accounts, requireAuthenticated(principal), input.kind, idempotencyKey),
    }),
    simulateDeposit: (_, { input, idempotencyKey }, { accounts, principal }) =>
      simulateDeposit(accounts, requireAuthenticated(principal), input, idempotencyKey),
    transferBetweenAccounts: (_, { input, idempotencyKey }, { accounts, principal }) =>
      transferBetweenAccounts(accounts, requireAuthenticated(principal), input, idempotencyKey),
    blockAccount: async (_, { input }, { accounts, principal }) => ({ account: await blockAccount(accounts, principal, input.accountId, input.reason) }),
    unblockAccount: async (_, { input }, { accounts, principal }) => ({ account: await unblockAccount(accounts, principal, input.accountId, input.reason) }),
    ...cardResolvers.Mutation,
  },

  Customer: {
    accounts: ({ id }, _, { accounts, principal }) => accountsOf(accounts, principal, id),
    ...cardResolvers.Customer,
  },

  Account: {
    __resolveReference: ({ id }, { accounts, principal }) => findVisibleAccount(accounts, principal, id),
    blockedReason: (account) => (account.status === 'BLOCKED' ? account.blockedReason : null),
    balance: (account, _, { accounts }) => balanceOfAccount(accounts, account),
    overdraftLimit: (account, _, { accounts }) =>
      accounts.ledger.getAccount(account.id).then((ledgerAccount) => (ledgerAccount.kind === 'customer' ? ledgerAccount.overdraftLimit : '0.00')),
    statement: (account, { first, after, from, to }, { accounts }) =>
      statementOf(accounts, account, { first: first ?? 20, after: after ?? null, from: from ?? null, to: to ?? null }),
    customer: ({ customerId }) => ({ id: customerId }),
    ...cardResolvers.Account,
  },

  AccountBalance: {
    available: ({ available, posted }) => available ?? posted,
  },

  StatementEntryConnection: {
    edges: ({ lines }) => lines,
    pageInfo: ({ lines, hasNextPage, hasPreviousPage }) => {
      const first = lines[0];
      const last = lines[lines.length - 1];
      return {
        hasNextPage,
        hasPreviousPage,
        startCursor: first === undefined ? null : encodeCursor(first.position),
        endCursor: last === undefined ? null : encodeCursor(last.position),
      };
    },
  },

  StatementEntryEdge: {
    cursor: (line) => encodeCursor(line.position),
    node: (line) => line,
  },

  StatementEntry: {
    id: (line) => `${line.transferId}:${line.position}`,
    reference: (line) => line.transferId,
  },

  Counterparty: {
    document: ({ document }) => maskDocument(document),
  },

  SimulateDepositPayload: {
    amount: ({ transfer }) => transfer.amount,
    reference: ({ transfer }) => transfer.id,
  },

  TransferBetweenAccountsPayload: {
    transfer: (settled) => settled,
    fromAccount: ({ from }) => from,
  },

  AccountTransfer: {
    id: ({ transfer }) => transfer.id,
    amount: ({ transfer }) => transfer.amount,
    description: ({ transfer }) => transfer.description,
    settledAt: ({ transfer }) => transfer.createdAt,
    toBranch: ({ to }) => to.branch,
    toNumber: ({ to }) => to.number,
    toHolderName: ({ to }) => to.holderName,
  },

  Card: cardResolvers.Card,
  CardAuthorization: cardResolvers.CardAuthorization,
  CardMerchant: cardResolvers.CardMerchant,
  CardTransactionConnection: cardResolvers.CardTransactionConnection,
  CardTransactionEdge: cardResolvers.CardTransactionEdge,
  CardInvoice: cardResolvers.CardInvoice,
  CardInvoiceEntry: cardResolvers.CardInvoiceEntry,
  CardInvoiceConnection: cardResolvers.CardInvoiceConnection,
  CardInvoiceEdge: cardResolvers.CardInvoiceEdge,
  ReplaceCardPayload: cardResolvers.ReplaceCardPayload,
  PayCardInvoicePayload: cardResolvers.PayCardInvoicePayload,

  LedgerHealth: {
    totalDebits: ({ totals }) => totals.debitsPosted,
    totalCredits: ({ totals }) => totals.creditsPosted,
  },
};
