import type { Stored } from '@bank/kernel';
import { findChargedPolicies } from '../application/charged-policies';
import { findVisibleClaims } from '../application/claims';
import { findVisiblePolicies } from '../application/policies';
import type { ClaimRecord, PolicyRecord, QuoteRecord } from '../application/ports';
import { findVisibleQuotes } from '../application/quotes';
import type { InsuranceContext } from './context';

/**
 * One BatchGetItem per type and request, however many references the query holds (policies through
 * the cache), filtered to what the caller may see by the application's queries.
 */
export const quoteLoader = ({ loaders, insurance, principal }: InsuranceContext) =>
  loaders.get<Stored<QuoteRecord>>('quote', (ids) => findVisibleQuotes(insurance, principal, ids));
export const policyLoader = ({ loaders, insurance, principal }: InsuranceContext) =>
  loaders.get<Stored<PolicyRecord>>('policy', (ids) => findVisiblePolicies(insurance, principal, ids));
export const claimLoader = ({ loaders, insurance, principal }: InsuranceContext) =>
  loaders.get<Stored<ClaimRecord>>('claim', (ids) => findVisibleClaims(insurance, principal, ids));

/** The policies Pix charges pay the premium of, by txid, already filtered to what the caller may see: one BatchGetItem per request. */
export const chargedPolicyLoader = ({ loaders, insurance, principal }: InsuranceContext) =>
  loaders.get<Stored<PolicyRecord>>('chargedPolicy', (txids) => findChargedPolicies(insurance, principal, txids));
