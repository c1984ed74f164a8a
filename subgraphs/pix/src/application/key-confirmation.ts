import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError, badInput, conflict, notFound } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { CONFIRMATION_CODE_LENGTH, checkCode, issueConfirmation, mayResend, type KeyConfirmation } from '../domain';
import type { Pix } from './context';
import type { PixKeyRecord } from './ports';

export interface ConfirmKeyCommand {
  readonly keyId: string;
  readonly code: string;
}

/** Codes are stored as a salted SHA-256, never in clear. */
const hashOf = (salt: string, code: string): string => createHash('sha256').update(`${salt}:${code}`).digest('hex');

/** Compared in constant time, so that the time taken says nothing about how much of the code was right. */
const matches = ({ salt, codeHash }: KeyConfirmation, code: string): boolean =>
  timingSafeEqual(Buffer.from(codeHash, 'hex'), Buffer.from(hashOf(salt, code), 'hex'));

/**
 * Issues a new code for a pending key, voiding `previous` (null for the first), and sends it to the key's
 * address. False when another code replaced `previous` meanwhile (nothing sent).
 */
export async function sendCode(pix: Pix, record: PixKeyRecord, previous: KeyConfirmation | null = null): Promise<boolean> {
  const code = pix.ids.confirmationCode();
  const salt = randomBytes(16).toString('hex');
  const confirmation = issueConfirmation(
    { keyId: record.id, key: record.key.value, ownerId: record.ownerId },
    { salt, codeHash: hashOf(salt, code) },
    pix.clock.now(),
    pix.settings.keyConfirmation,
    previous,
  );
  if (!(await pix.keyConfirmations.save(confirmation, previous))) return false;
  await pix.keyCodes.send(record, code);
  return true;
}

/**
 * Activates the caller's pending key with the code sent to it. A wrong code counts against the
 * attempts allowed; past them, or past the code's expiry, the code is void until resent.
 * Confirming a key already active returns it (the confirmation stays, so that a retry finds the key).
 */
export async function confirmKey(pix: Pix, principal: AuthenticatedPrincipal, { keyId, code }: ConfirmKeyCommand): Promise<PixKeyRecord> {
  const given = code.trim();
  if (!new RegExp(`^\\d{${CONFIRMATION_CODE_LENGTH}}$`).test(given)) throw badInput(`The code has ${CONFIRMATION_CODE_LENGTH} digits`, 'code');
  for (;;) {
    const confirmation = await ownConfirmation(pix, principal, keyId);
    const current = await pix.keys.find(confirmation.key);
    if (current?.id !== keyId || current.ownerId !== principal.id) throw notFound(`No Pix key ${keyId} of yours`);
    if (current.status === 'ACTIVE') return current;
    const policy = pix.settings.keyConfirmation;
    const check = checkCode(confirmation, matches(confirmation, given), pix.clock.now(), policy);
    if (check === 'TOO_MANY_ATTEMPTS') throw refused('CODE_ATTEMPTS_EXHAUSTED', 'Too many wrong codes: ask for a new one (resendPixKeyCode)');
    if (check === 'EXPIRED') throw refused('CODE_EXPIRED', 'The code has expired: ask for a new one (resendPixKeyCode)');
    if (check === 'WRONG_CODE') {
      if (!(await pix.keyConfirmations.countWrongAttempt(confirmation))) continue;
      const left = policy.maxAttempts - confirmation.attempts - 1;
      throw new AppError('BAD_USER_INPUT', left > 0 ? `Wrong code: ${left} attempt(s) left` : 'Wrong code: no attempts left, ask for a new one', {
        field: 'code',
        reason: 'WRONG_CODE',
      });
    }
    const activated = await pix.keys.activate(principal.id, keyId, confirmation.key);
    if (activated === null) throw notFound(`No Pix key ${keyId} of yours`);
    return activated;
  }
}

/**
 * Sends a new code to the caller's pending key: a fresh expiry and attempts. CONFLICT when the key is active
 * already; UNPROCESSABLE / TOO_MANY_CODES past the codes one registration may receive.
 */
export async function resendKeyCode(pix: Pix, principal: AuthenticatedPrincipal, keyId: string): Promise<PixKeyRecord> {
  for (;;) {
    const confirmation = await ownConfirmation(pix, principal, keyId);
    const record = await ownPendingKey(pix, principal, keyId);
    if (!mayResend(confirmation, pix.settings.keyConfirmation)) throw refused('TOO_MANY_CODES', 'No more codes for this key: delete it and register it again');
    if (await sendCode(pix, record, confirmation)) return record;
  }
}

/** Sandbox only: the last code sent to the caller's pending key, as its holder would read it. */
export async function sandboxConfirmationCode(pix: Pix, principal: AuthenticatedPrincipal, keyId: string): Promise<string | null> {
  if (!pix.settings.sandboxEnabled)
    throw new AppError('UNPROCESSABLE', 'pixKeyConfirmationCode is available in the sandbox only', { reason: 'SANDBOX_DISABLED' });
  await ownPendingKey(pix, principal, keyId);
  return pix.keyCodes.lastSent(keyId);
}

async function ownConfirmation(pix: Pix, principal: AuthenticatedPrincipal, keyId: string): Promise<KeyConfirmation> {
  const confirmation = await pix.keyConfirmations.get(keyId);
  if (confirmation === null || confirmation.ownerId !== principal.id) throw notFound(`No Pix key ${keyId} of yours`);
  return confirmation;
}

async function ownPendingKey(pix: Pix, principal: AuthenticatedPrincipal, keyId: string): Promise<PixKeyRecord> {
  const confirmation = await ownConfirmation(pix, principal, keyId);
  const record = await pix.keys.find(confirmation.key);
  if (record?.id !== keyId || record.ownerId !== principal.id) throw notFound(`No Pix key ${keyId} of yours`);
  if (record.status === 'ACTIVE') throw conflict(`Pix key ${record.key.value} is confirmed already`);
  return record;
}

const refused = (reason: string, message: string): AppError => new AppError('UNPROCESSABLE', message, { reason });
