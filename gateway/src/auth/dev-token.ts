import type { Role } from '@bank/identity';
import jwt from 'jsonwebtoken';

/** What a development token says about its holder; the same claims the verifier reads. */
export interface DevTokenClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly name: string;
  /** CPF or CNPJ; punctuation is dropped. */
  readonly document: string;
}

export type IssueDevToken = (claims: DevTokenClaims, expiresIn?: jwt.SignOptions['expiresIn']) => string;

/**
 * HS256 tokens signed with the development JWT secret, for `npm run token`, `POST /dev/token` and the
 * explorers; with the `iss` and `aud` the gateway expects, when it expects them.
 */
export const devTokenIssuer =
  (secret: string, { issuer, audience }: { issuer?: string | undefined; audience?: string | undefined } = {}): IssueDevToken =>
  ({ sub, roles, name, document }, expiresIn = '1h') =>
    jwt.sign({ roles, name, document: document.replace(/[.\-/\s]/g, '').toUpperCase() }, secret, {
      algorithm: 'HS256',
      subject: sub,
      expiresIn,
      ...(issuer ? { issuer } : {}),
      ...(audience ? { audience } : {}),
    });
