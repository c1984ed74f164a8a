import { createSecretKey } from 'node:crypto';
import { RESERVED_PARTY_ID_PREFIX } from '@bank/contracts';
import { unauthenticated } from '@bank/kernel';
import type { AuthenticatedPrincipal, Role } from '@bank/identity';
import jwt, { type GetPublicKeyOrSecret, type JwtPayload, type Secret } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';

/** HS256 with a shared secret (development), or RS256 with keys from a JWKS URL (production). */
export type JwtKeys = { readonly kind: 'hs256'; readonly secret: string } | { readonly kind: 'rs256'; readonly jwksUrl: string };

export interface JwtVerifierOptions {
  readonly keys: JwtKeys;
  readonly issuer?: string | undefined;
  readonly audience?: string | undefined;
  /** Longest a token may live, `exp` − `iat` (or − now without `iat`). */
  readonly maxLifetimeSeconds: number;
}

/** Longest `sub` accepted: it becomes keys and ids in every store. */
export const MAX_SUBJECT_LENGTH = 255;

export interface VerifiedToken {
  readonly principal: AuthenticatedPrincipal;
  readonly expiresAt: Date;
}

export type VerifyToken = (token: string) => Promise<VerifiedToken>;

const ROLES: readonly Role[] = ['customer', 'staff'];

/** Verifies a bearer token and reads the principal from its claims: sub, roles, name, document. */
export function createJwtVerifier({ keys, issuer, audience, maxLifetimeSeconds }: JwtVerifierOptions): VerifyToken {
  // A key object once: given the secret as a string, jsonwebtoken tries it as a PEM key on every verify.
  const key: Secret | GetPublicKeyOrSecret =
    keys.kind === 'hs256'
      ? createSecretKey(Buffer.from(keys.secret, 'utf8'))
      : signingKeyFrom(new JwksClient({ jwksUri: keys.jwksUrl, cache: true, rateLimit: true }));
  const options = {
    algorithms: [keys.kind === 'hs256' ? 'HS256' : 'RS256'] as jwt.Algorithm[],
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
  };
  return (token) =>
    new Promise((resolve, reject) => {
      jwt.verify(token, key, options, (error, payload) => {
        if (error) return reject(unauthenticated(error.name === 'TokenExpiredError' ? 'The token has expired' : 'Invalid token'));
        try {
          const claims = payload as JwtPayload;
          const principal = principalFrom(claims);
          assertLifetime(claims, maxLifetimeSeconds);
          resolve({ principal, expiresAt: new Date((claims.exp ?? 0) * 1000) });
        } catch (invalid) {
          reject(invalid);
        }
      });
    });
}

function signingKeyFrom(client: JwksClient): GetPublicKeyOrSecret {
  return (header, callback) => {
    client.getSigningKey(header.kid).then(
      (signingKey) => callback(null, signingKey.getPublicKey()),
      (error: Error) => callback(error),
    );
  };
}

function principalFrom(claims: JwtPayload): AuthenticatedPrincipal {
  const { sub, roles, name, document, exp } = claims as JwtPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '') throw unauthenticated('The token has no subject');
  if (sub.length > MAX_SUBJECT_LENGTH) throw unauthenticated(`The token subject is longer than ${MAX_SUBJECT_LENGTH} characters`);
  // The bank's own party ids live there; a token must never act as the bank.
  if (sub.startsWith(RESERVED_PARTY_ID_PREFIX)) throw unauthenticated('The token subject is reserved');
  if (exp === undefined) throw unauthenticated('The token must expire');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role): role is Role => ROLES.includes(role as Role))) {
    throw unauthenticated(`The token's roles must be among ${ROLES.join(', ')}`);
  }
  return { kind: 'authenticated', id: sub, roles, name: typeof name === 'string' ? name : '', document: typeof document === 'string' ? document : '' };
}

function assertLifetime({ exp, iat }: JwtPayload, maxLifetimeSeconds: number): void {
  const issuedAt = iat ?? Math.floor(Date.now() / 1000);
  if (exp !== undefined && exp - issuedAt > maxLifetimeSeconds) throw unauthenticated(`The token lives longer than ${maxLifetimeSeconds} s`);
}

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return match[1];
}
