import type { Stored } from '@bank/kernel';
import { findChargedPolicies } from '../application/charged-policies';
import type { ClaimRecord, PolicyRecord, QuoteRecord } from '../application/ports';
import type { InsuranceContext } from './context';

/** One BatchGetItem per type and request, however many references the query holds (policies through the cache). */
export const quoteLoader = ({ loaders, insurance }: InsuranceContext) => loaders.get<Stored<QuoteRecord>>('quote', (ids) => insurance.quotes.getMany(ids));
export const policyLoader = ({ loaders, insurance }: InsuranceContext) => loaders.get<Stored<PolicyRecord>>('policy', (ids) => insurance.policies.getMany(ids));
export const claimLoader = ({ loaders, insurance }: InsuranceContext) => loaders.get<Stored<ClaimRecord>>('claim', (ids) => insurance.claims.getMany(ids));

/** The policies Pix charges pay the premium of, by txid, already filtered to what the caller may see: one BatchGetItem per request. */
export const chargedPolicyLoader = ({ loaders, insurance, principal }: InsuranceContext) =>
  loaders.get<Stored<PolicyRecord>>('chargedPolicy', (txids) => findChargedPolicies(insurance, principal, txids));
