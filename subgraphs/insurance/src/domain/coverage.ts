import { badInput } from '@bank/kernel';
import { parseEnum } from './parse';

/** What a policy can cover, in the order quotes and policies list them. */
export const COVERAGES = ['COLLISION', 'THEFT', 'GLASS', 'THIRD_PARTY_PROPERTY', 'THIRD_PARTY_BODILY', 'RENTAL_CAR', 'ROADSIDE_ASSISTANCE'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const CLAIM_TYPES = ['COLLISION', 'THEFT', 'GLASS', 'THIRD_PARTY'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The coverages that pay a claim of each type, the first one a policy holds being the one used. */
export const COVERAGES_BY_CLAIM_TYPE: Readonly<Record<ClaimType, readonly Coverage[]>> = {
  COLLISION: ['COLLISION'],
  THEFT: ['THEFT'],
  GLASS: ['GLASS'],
  THIRD_PARTY: ['THIRD_PARTY_PROPERTY', 'THIRD_PARTY_BODILY'],
};

/** A non-empty list of known coverages without repeats, returned in the canonical order. */
export function parseCoverages(input: unknown, field = 'coverages'): Coverage[] {
  if (!Array.isArray(input) || input.length === 0) throw badInput(`${field} must list at least one coverage`, field);
  const coverages = input.map((item: unknown) => parseEnum(COVERAGES, item, field));
  const repeated = coverages.find((coverage, index) => coverages.indexOf(coverage) !== index);
  if (repeated !== undefined) throw badInput(`${field} lists ${repeated} more than once`, field);
  return COVERAGES.filter((coverage) => coverages.includes(coverage));
}
