import type { PixKeyType } from '@bank/pix-codes';

/** Phone and e-mail keys need proof of possession (DICT): they wait in PENDING_CONFIRMATION until their code is confirmed. */
export const needsPossessionProof = (type: PixKeyType): boolean => type === 'EMAIL' || type === 'PHONE';

export type PixKeyStatus = 'ACTIVE' | 'PENDING_CONFIRMATION';

export interface ConfirmationPolicy {
  /** How long a code is valid. */
  readonly ttlMs: number;
  /** Wrong codes allowed before the code is void and must be resent. */
  readonly maxAttempts: number;
  /** Codes sent to one pending key, the first included: with maxAttempts, bounds the guesses one registration gets. */
  readonly maxCodes: number;
}

/** The code sent to a pending key's address, as stored: its salted hash, never the code. */
export interface KeyConfirmation {
  readonly keyId: string;
  /** The key's normalized value. */
  readonly key: string;
  readonly ownerId: string;
  readonly salt: string;
  readonly codeHash: string;
  readonly expiresAt: Date;
  /** Wrong codes tried so far. */
  readonly attempts: number;
  /** Codes sent to the key so far, this one included. */
  readonly codesSent: number;
}

export const CONFIRMATION_CODE_LENGTH = 6;

/** Six random digits. */
export function newConfirmationCode(randomDigit: () => number): string {
  return Array.from({ length: CONFIRMATION_CODE_LENGTH }, randomDigit).join('');
}

/** A new code for the key, as stored: fresh expiry, no attempts yet; `previous` is the code it replaces. */
export function issueConfirmation(
  key: { readonly keyId: string; readonly key: string; readonly ownerId: string },
  hashed: { readonly salt: string; readonly codeHash: string },
  now: Date,
  policy: ConfirmationPolicy,
  previous: KeyConfirmation | null,
): KeyConfirmation {
  return { ...key, ...hashed, expiresAt: new Date(now.getTime() + policy.ttlMs), attempts: 0, codesSent: (previous?.codesSent ?? 0) + 1 };
}

/** Whether another code may be sent: past maxCodes the pending key must be deleted and registered again. */
export const mayResend = (confirmation: KeyConfirmation, policy: ConfirmationPolicy): boolean => confirmation.codesSent < policy.maxCodes;

export type ConfirmationCheck = 'CONFIRMED' | 'WRONG_CODE' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';

/** What a code given means: past the attempts or the expiry even the right code is refused. */
export function checkCode(confirmation: KeyConfirmation, codeMatches: boolean, now: Date, policy: ConfirmationPolicy): ConfirmationCheck {
  if (confirmation.attempts >= policy.maxAttempts) return 'TOO_MANY_ATTEMPTS';
  if (now.getTime() >= confirmation.expiresAt.getTime()) return 'EXPIRED';
  return codeMatches ? 'CONFIRMED' : 'WRONG_CODE';
}
