import { forbidden, notFound } from '@bank/kernel';
import { canSee, type AuthenticatedPrincipal, type Principal } from './principal';

/**
 * `found` when the principal may see it: its owner, or staff. Anyone else gets NOT_FOUND, exactly as
 * for an id that does not exist, so ids cannot be probed.
 */
export function visibleTo<T>(principal: Principal, found: T | null, ownerOf: (value: T) => string, what: string): T {
  if (found === null || !canSee(principal, ownerOf(found))) throw notFound(`No ${what}`);
  return found;
}

/** `found` when the principal owns it and so may change it. Staff, who see it, get FORBIDDEN; anyone else NOT_FOUND. */
export function ownedBy<T>(principal: AuthenticatedPrincipal, found: T | null, ownerOf: (value: T) => string, what: string): T {
  const visible = visibleTo(principal, found, ownerOf, what);
  if (ownerOf(visible) !== principal.id) throw forbidden(`Only the customer who holds ${what} can change it`);
  return visible;
}

/** The values of a batch read (entity references) the principal may see; the others are left out, as missing ones are. */
export function visibleAmong<T>(principal: Principal, found: ReadonlyMap<string, T>, ownerOf: (value: T) => string): ReadonlyMap<string, T> {
  return new Map([...found].filter(([, value]) => canSee(principal, ownerOf(value))));
}
