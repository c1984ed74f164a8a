import { autoDebitView, scalarResolvers } from '@bank/graphql';
import { requireAuthenticated } from '@bank/identity';
import { orNotFound, pageRequest } from '@bank/kernel';
import { fileAutoClaim, findVisibleClaim, listClaims, retryAutoClaimPayout, reviewAutoClaim } from '../application/claims';

import { setPolicyAutoDebit } from '../application/auto-debit';
import { payableCharges } from '../application/premium-charges';
import { cancelAutoPolicy, findVisiblePolicy, issueAutoPolicy, listPolicies } from '../application/policies';
import { findVisibleQuote, listQuotes, requestQuote, statusOfQuote } from '../application/quotes';
import { retryAutoPolicyRefund } from '../application/refunds';
import { denialNote, nextInstallmentDue, policyIdFor, policyStatusAt, refundFailureOf } from '../domain';
import type { Resolvers } from './generated/resolvers';
import { chargedPolicyLoader, claimLoader, policyLoader, quoteLoader } from './loaders';
import { approvedAmountOf, cancellationOf, premiumPaidOf, reviewedAtOf, settlementOf, termOf } from './mappers';

/** Thin: arguments to use cases, results to the schema's shapes. Authorization lives in the use cases. */
export const resolvers: Resolvers = {
  ...scalarResolvers,

  Query: {
    autoQuote: (_, { id }, { insurance, principal }) => findVisibleQuote(insurance, principal, id),
    autoPolicy: (_, { id }, { insurance, principal }) => findVisiblePolicy(insurance, principal, id),
    autoClaim: (_, { id }, { insurance, principal }) => findVisibleClaim(insurance, principal, id),
  },

  Mutation: {
    quoteAutoInsurance: async (_, { input }, { insurance, principal }) => ({ quote: await requestQuote(insurance, requireAuthenticated(principal), input) }),
    issueAutoPolicy: async (_, { input }, { insurance, principal }) => ({
      policy: await issueAutoPolicy(insurance, requireAuthenticated(principal), input.quoteId, input.installments),
    }),
    cancelAutoPolicy: async (_, { input }, { insurance, principal }) => ({
      policy: await cancelAutoPolicy(insurance, requireAuthenticated(principal), input.policyId, input.reason),
    }),
    setPolicyAutoDebit: async (_, { input }, { insurance, principal }) => ({
      policy: await setPolicyAutoDebit(insurance, requireAuthenticated(principal), input.policyId, input.enabled),
    }),
    fileAutoClaim: async (_, { input: { policyId, ...loss }, idempotencyKey }, { insurance, principal }) => ({
      claim: await fileAutoClaim(insurance, requireAuthenticated(principal), policyId, loss, idempotencyKey),
    }),
    reviewAutoClaim: async (_, { input: { claimId, ...review } }, { insurance, principal }) => ({
      claim: await reviewAutoClaim(insurance, requireAuthenticated(principal), claimId, review),
    }),
    retryAutoClaimPayout: async (_, { input }, { insurance, principal }) => ({
      claim: await retryAutoClaimPayout(insurance, requireAuthenticated(principal), input.claimId),
    }),
    retryAutoPolicyRefund: async (_, { input }, { insurance, principal }) => ({
      policy: await retryAutoPolicyRefund(insurance, requireAuthenticated(principal), input.policyId),
    }),
  },

  Customer: {
    autoQuotes: ({ id }, { first, after }, { insurance, principal }) => listQuotes(insurance, principal, id, pageRequest(first, after)),
    autoPolicies: ({ id }, { first, after }, { insurance, principal }) => listPolicies(insurance, principal, id, pageRequest(first, after)),
  },

  PixCharge: {
    // Looks up the whole batch of references in one round trip; autoPolicy reads it back from the request's loader.
    __resolveReference: async ({ txid }, context) => {
      await chargedPolicyLoader(context).load(txid);
      return { txid };
    },
    autoPolicy: ({ txid }, _, context) => chargedPolicyLoader(context).load(txid),
  },

  AutoQuote: {
    __resolveReference: async ({ id }, context) => orNotFound(await quoteLoader(context).load(id), `auto quote ${id}`),
    id: ({ quote }) => quote.id,
    status: (record, _, { insurance }) => statusOfQuote(insurance, record),
    vehicle: ({ quote }) => quote.vehicle,
    driver: ({ quote }) => quote.driver,
    postalCode: ({ quote }) => quote.postalCode.value,
    use: ({ quote }) => quote.use,
    bonusClass: ({ quote }) => quote.bonusClass,
    deductibleLevel: ({ quote }) => quote.deductible,
    coverages: ({ quote }) => quote.coverages,
    netPremium: ({ quote }) => quote.netPremium,
    iof: ({ quote }) => quote.iof,
    totalPremium: ({ quote }) => quote.totalPremium,
    installmentOptions: ({ quote }) => quote.installmentOptions,
    createdAt: ({ quote }) => quote.createdAt,
    validUntil: ({ quote }) => quote.validUntil,
    policy: ({ quote }, _, context) => policyLoader(context).load(policyIdFor(quote.id)),
  },

  AutoPolicy: {
    __resolveReference: async ({ id }, context) => orNotFound(await policyLoader(context).load(id), `auto policy ${id}`),
    id: ({ policy }) => policy.id,
    status: ({ policy }, _, { insurance }) => policyStatusAt(policy, insurance.clock.now()),
    quote: async ({ policy }, _, context) => orNotFound(await quoteLoader(context).load(policy.quoteId), `auto quote ${policy.quoteId}`),
    vehicle: ({ policy }) => policy.vehicle,
    insured: ({ policy }) => policy.insured,
    coverages: ({ policy }) => policy.coverages,
    netPremium: ({ policy }) => policy.netPremium,
    iof: ({ policy }) => policy.iof,
    totalPremium: ({ policy }) => policy.totalPremium,
    installments: ({ policy }) => policy.installments,
    premiumPaid: ({ policy }) => premiumPaidOf(policy),
    premiumCharges: (record) => payableCharges(record),
    autoDebit: ({ autoDebit }) => autoDebitView(autoDebit),
    nextInstallmentDue: (record, _, { insurance }) => nextInstallmentDue(record, insurance.clock.now()),
    issuedAt: ({ policy }) => policy.issuedAt,
    startsAt: ({ policy }) => termOf(policy)?.startsAt ?? null,
    endsAt: ({ policy }) => termOf(policy)?.endsAt ?? null,
    cancelledAt: ({ policy }) => cancellationOf(policy)?.at ?? null,
    cancellationReason: ({ policy }) => cancellationOf(policy)?.reason ?? null,
    refund: ({ policy }) => (policy.status === 'CANCELLED' ? policy.refund : null),
    refundFailure: (record) => refundFailureOf(record),
    claims: (record, { first, after }, { insurance }) => listClaims(insurance, record, pageRequest(first, after)),
  },

  AutoClaim: {
    __resolveReference: async ({ id }, context) => orNotFound(await claimLoader(context).load(id), `auto claim ${id}`),
    id: ({ claim }) => claim.id,
    status: ({ claim }) => claim.status,
    policy: async ({ claim }, _, context) => orNotFound(await policyLoader(context).load(claim.policyId), `auto policy ${claim.policyId}`),
    type: ({ claim }) => claim.type,
    coverage: ({ claim }) => claim.coverage,
    occurredAt: ({ claim }) => claim.occurredAt,
    description: ({ claim }) => claim.description,
    estimatedAmount: ({ claim }) => claim.estimatedAmount,
    deductible: ({ claim }) => claim.deductible,
    filedAt: ({ claim }) => claim.filedAt,
    approvedAmount: ({ claim }) => approvedAmountOf(claim) ?? null,
    payout: ({ claim }) => settlementOf(claim)?.payout ?? null,
    reviewedAt: ({ claim }) => reviewedAtOf(claim),
    denialNote: ({ claim }) => (claim.status === 'DENIED' ? denialNote(claim) : null),
    paidAt: ({ claim }) => (claim.status === 'PAID' ? claim.paidAt : null),
    payoutFailure: ({ claim }) => (claim.status === 'APPROVED' ? claim.payoutTransfer.failure : null),
  },

  AutoVehicle: {
    plate: (vehicle) => vehicle.plate.value,
  },

  AutoQuotedCoverage: {},

  AutoInstallmentOption: {},
};
