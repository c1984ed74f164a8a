import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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
  nonce: 'x-bank-principal-nonce',
  signature: 'x-bank-principal-signature',
} as const;

/** How old (or how far ahead) a signature may be: bounds how long a nonce must be remembered. */
export const SIGNATURE_WINDOW_MS = 60_000;

/**
 * Exactly what a subgraph will run: the HTTP method, the operation name (which operation of the
 * document runs), the document and the variables. A signature covers all of them.
 */
export interface SignedOperation {
  readonly method: string;
  readonly operationName?: string | null | undefined;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
}

const operationHash = ({ method, operationName, query, variables }: SignedOperation): string =>
  createHash('sha256')
    .update(JSON.stringify([method.toUpperCase(), operationName ?? null, query, variables ?? {}]))
    .digest('hex');

const sign = (secret: string, fields: { timestamp: string; nonce: string; payload: string }, operation: SignedOperation): string =>
  createHmac('sha256', secret)
    .update(`${fields.timestamp}.${fields.nonce}.${fields.payload}.${operationHash(operation)}`)
    .digest('hex');

/** What the gateway adds to a subgraph request: the principal, signed with the time, a fresh nonce and the operation. */
export function principalHeaders(principal: Principal, secret: string, operation: SignedOperation, now = new Date()): Record<string, string> {
  const fields = {
    payload: Buffer.from(JSON.stringify(principal)).toString('base64url'),
    timestamp: String(now.getTime()),
    nonce: randomBytes(16).toString('hex'),
  };
  return {
    [PRINCIPAL_HEADERS.principal]: fields.payload,
    [PRINCIPAL_HEADERS.timestamp]: fields.timestamp,
    [PRINCIPAL_HEADERS.nonce]: fields.nonce,
    [PRINCIPAL_HEADERS.signature]: sign(secret, fields, operation),
  };
}

/** A request whose signature holds; its nonce still has to be accepted once (see NonceStore). */
export interface VerifiedRequest {
  readonly principal: Principal;
  readonly nonce: string;
  /** When the signature stops being valid: the nonce need not be remembered after that. */
  readonly validUntil: Date;
}

/**
 * The principal, if the signature is valid, fresh, and for this very operation.
 * Subgraphs never trust the network, so anything else is UNAUTHENTICATED.
 */
export function verifyPrincipal(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  secret: string,
  operation: SignedOperation,
  now = new Date(),
): VerifiedRequest {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? undefined : value;
  };
  const payload = header(PRINCIPAL_HEADERS.principal);
  const timestamp = header(PRINCIPAL_HEADERS.timestamp);
  const nonce = header(PRINCIPAL_HEADERS.nonce);
  const signature = header(PRINCIPAL_HEADERS.signature);
  if (payload === undefined || timestamp === undefined || nonce === undefined || signature === undefined) {
    throw unauthenticated('This service only answers requests signed by the gateway');
  }
  const expected = Buffer.from(sign(secret, { timestamp, nonce, payload }, operation), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated('Invalid gateway signature');
  const signedAt = Number(timestamp);
  const age = now.getTime() - signedAt;
  if (!Number.isFinite(age) || Math.abs(age) > SIGNATURE_WINDOW_MS) throw unauthenticated('Expired gateway signature');
  return { principal: parsePrincipal(Buffer.from(payload, 'base64url').toString('utf8')), nonce, validUntil: new Date(signedAt + SIGNATURE_WINDOW_MS) };
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
