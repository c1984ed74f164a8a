import { requireAuthenticated } from '@bank/identity';
import { findReceipt, payPixCode, pixLimitsOf, pixReceivedBy, renderReceiptPdf, sendPix, updatePixLimits } from '../../application/pix';
import { maskDocument } from '../../domain';
import { effectiveLimit } from '../../domain/pix';
import { parseAccountId } from '../../ledger/domain';
import type { Resolvers } from '../generated/resolvers';

/** Pix from and into the accounts: thin, as the rest of the subgraph's resolvers. */
export const pixResolvers = {
  Query: {
    pixReceipt: (_, { endToEndId }, { accounts, principal }) => findReceipt(accounts, principal, endToEndId),
  },
  Mutation: {
    sendPix: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      pix: await sendPix(accounts, requireAuthenticated(principal), input, idempotencyKey),
    }),
    payPixCode: async (_, { input, idempotencyKey }, { accounts, principal }) => ({
      pix: await payPixCode(accounts, requireAuthenticated(principal), input, idempotencyKey),
    }),
    updatePixLimits: (_, { input }, { accounts, principal }) => updatePixLimits(accounts, requireAuthenticated(principal), input),
  },
  Customer: {
    pixReceived: ({ id }, { first, after }, { accounts, principal }) => pixReceivedBy(accounts, principal, id, first ?? 20, after ?? null),
  },
  Account: {
    pixLimits: (account, _, { accounts, principal }) => pixLimitsOf(accounts, principal, account.id),
  },
  PixOrder: {
    endToEndId: (order) => (order.status === 'COMPLETED' ? order.endToEndId : null),
    receipt: (order, _, { accounts, principal }) => (order.status === 'COMPLETED' ? findReceipt(accounts, principal, order.endToEndId) : null),
    fromAccount: async (order, _, { accounts }) => {
      const account = await accounts.accounts.get(parseAccountId(order.accountId));
      if (account === null) throw new Error(`The account ${order.accountId} of order ${order.id} is gone`);
      return account;
    },
  },
  PixReceipt: {
    pdf: (receipt, _, { accounts }) => renderReceiptPdf(accounts, receipt),
  },
  PixReceiptParty: {
    document: ({ document }) => maskDocument(document),
  },
  PixReceivedConnection: {
    pageInfo: ({ edges, hasNextPage, hasPreviousPage }) => ({
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  },
  PixLimit: {
    current: (limit, _, { accounts }) => effectiveLimit(limit, accounts.clock.now()),
    pendingRaise: (limit, _, { accounts }) => (limit.raise !== null && limit.raise.effectiveAt > accounts.clock.now() ? limit.raise.to : null),
    raiseEffectiveAt: (limit, _, { accounts }) => (limit.raise !== null && limit.raise.effectiveAt > accounts.clock.now() ? limit.raise.effectiveAt : null),
  },
} satisfies Resolvers;
