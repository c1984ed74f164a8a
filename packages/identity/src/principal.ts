import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from '@bank/kernel';

export type Role = 'customer' | 'staff';

/** Who is calling, as the gateway established it from the JWT. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'authenticated';
      /** The customer id (JWT `sub`). */
      readonly id: string;
      readonly roles: readonly Role[];
      readonly name: string;
      /** CPF or CNPJ, bare. */
      readonly document: string;
    };

export type AuthenticatedPrincipal = Extract<Principal, { kind: 'authenticated' }>;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** Headers by which the gateway hands the principal to a subgraph. */
export const PRINCIPAL_HEADERS = {
  principal: 'x-bank-principal',
  timestamp: 'x-bank-principal-timestamp',
  signature: 'x-bank-principal-signature',
} as const;

/** How old a signature may be: bounds the replay of a captured request. */
const MAX_AGE_MS = 60_000;

/** The operation a signature is for: a captured signature cannot carry another query or other variables. */
export interface SignedOperation {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
}

const operationHash = ({ query, variables }: SignedOperation): string =>
  createHash('sha256').update(JSON.stringify([query, variables ?? {}])).digest('hex');

const sign = (secret: string, timestamp: string, payload: string, operation: SignedOperation): string =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}.${operationHash(operation)}`).digest('hex');

/** What the gateway adds to a subgraph request: the principal, signed together with the time and the operation. */
export function principalHeaders(principal: Principal, secret: string, operation: SignedOperation, now = new Date()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(principal)).toString('base64url');
  const timestamp = String(now.getTime());
  return {
    [PRINCIPAL_HEADERS.principal]: payload,
    [PRINCIPAL_HEADERS.timestamp]: timestamp,
    [PRINCIPAL_HEADERS.signature]: sign(secret, timestamp, payload, operation),
  };
}

/**
 * What a subgraph does with every request: the principal, if the signature is valid, fresh, and for
 * this very operation (the query and variables in the body).
 * Subgraphs never trust the network, so anything else is UNAUTHENTICATED.
 */
export function verifyPrincipal(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  secret: string,
  operation: SignedOperation,
  now = new Date(),
): Principal {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? undefined : value;
  };
  const payload = header(PRINCIPAL_HEADERS.principal);
  const timestamp = header(PRINCIPAL_HEADERS.timestamp);
  const signature = header(PRINCIPAL_HEADERS.signature);
  if (payload === undefined || timestamp === undefined || signature === undefined) {
    throw unauthenticated('This service only answers requests signed by the gateway');
  }
  const expected = Buffer.from(sign(secret, timestamp, payload, operation), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated('Invalid gateway signature');
  const age = now.getTime() - Number(timestamp);
  if (!Number.isFinite(age) || Math.abs(age) > MAX_AGE_MS) throw unauthenticated('Expired gateway signature');
  return parsePrincipal(Buffer.from(payload, 'base64url').toString('utf8'));
}

const ROLES: readonly Role[] = ['customer', 'staff'];

function parsePrincipal(json: string): Principal {
  const value = JSON.parse(json) as Record<string, unknown>;
  if (value.kind === 'anonymous') return ANONYMOUS;
  const { id, roles, name, document } = value;
  if (
    value.kind !== 'authenticated' ||
    typeof id !== 'string' ||
    typeof name !== 'string' ||
    typeof document !== 'string' ||
    !Array.isArray(roles) ||
    !roles.every((role): role is Role => ROLES.includes(role as Role))
  ) {
    throw unauthenticated('Malformed principal');
  }
  return { kind: 'authenticated', id, roles, name, document };
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireAuthenticated(principal: Principal): AuthenticatedPrincipal {
  if (principal.kind !== 'authenticated') throw unauthenticated('Sign in to do this');
  return principal;
}

export const isStaff = (principal: Principal): boolean => principal.kind === 'authenticated' && principal.roles.includes('staff');

/** A customer sees their own objects; staff see all. Callers answer NOT_FOUND when this is false. */
export const canSee = (principal: Principal, ownerId: string): boolean =>
  principal.kind === 'authenticated' && (principal.id === ownerId || principal.roles.includes('staff'));
