import { badInput } from '@bank/kernel';
import type { Page, PageRequest } from './ports';

const MAX_PAGE_SIZE = 100;

export const EMPTY_PAGE: Page<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** `first` (20 when omitted) must be 1 to MAX_PAGE_SIZE. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, 'first');
  return { first: size, after: after ?? null };
}
