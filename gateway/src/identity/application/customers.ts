import { forbidden } from '@bank/kernel';
import { isStaff, requireAuthenticated, visibleAmong, type AuthenticatedPrincipal, type Principal } from '@bank/identity';

/** Who a customer is, as far as the bank knows: unknown until the customer has signed in once. */
export interface CustomerIdentity {
  readonly id: string;
  readonly name: string | null;
  readonly document: string | null;
}

/** The name and document a customer's token carried. */
export interface SignedInIdentity {
  readonly name: string;
  readonly document: string;
}

/** The identity each customer last signed in with (port; Redis in production). */
export interface SignedInIdentities {
  /** What is known of these customers; ids never seen are left out. */
  lastSeen(ids: readonly string[]): Promise<ReadonlyMap<string, SignedInIdentity>>;
  /** Keeps the identity a customer's token carries, replacing an older one. */
  remember(id: string, identity: SignedInIdentity): Promise<void>;
}

const identityOf = (id: string, known: SignedInIdentity | undefined): CustomerIdentity => ({
  id,
  name: known?.name || null,
  document: known?.document || null,
});

/** A verified token was seen: keep the identity it carries, so staff can tell who the customer is. */
export async function recordSignIn(identities: SignedInIdentities, principal: AuthenticatedPrincipal): Promise<void> {
  if (!principal.roles.includes('customer')) return;
  await identities.remember(principal.id, { name: principal.name, document: principal.document });
}

/** The signed-in customer, as their token says. */
export const me = (principal: Principal): CustomerIdentity => {
  const self = requireAuthenticated(principal);
  return identityOf(self.id, self);
};

/**
 * The customers the principal may see, by id: the signed-in customer from their token, anyone for
 * staff from the identity they last signed in with; the others are left out.
 */
export async function visibleCustomers(
  identities: SignedInIdentities,
  principal: Principal,
  ids: readonly string[],
): Promise<ReadonlyMap<string, CustomerIdentity>> {
  const self = principal.kind === 'authenticated' ? principal : undefined;
  const others = isStaff(principal) ? ids.filter((id) => id !== self?.id) : [];
  const known = others.length > 0 ? await identities.lastSeen(others) : new Map<string, SignedInIdentity>();
  const customers = new Map(ids.map((id) => [id, identityOf(id, id === self?.id ? self : known.get(id))]));
  return visibleAmong(principal, customers, (customer) => customer.id);
}

/** Any customer, by id: staff only (a customer reads themselves through `me`). */
export async function customerById(identities: SignedInIdentities, principal: Principal, id: string): Promise<CustomerIdentity> {
  requireAuthenticated(principal);
  if (!isStaff(principal)) throw forbidden('Only staff look customers up by id');
  return (await visibleCustomers(identities, principal, [id])).get(id) ?? identityOf(id, undefined);
}
