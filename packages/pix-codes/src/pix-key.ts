import { PIX_KEY_TYPES } from '@bank/contracts';
import { Cnpj, Cpf, badInput } from '@bank/kernel';

export { PIX_KEY_TYPES };
export type PixKeyType = (typeof PIX_KEY_TYPES)[number];

declare const parsed: unique symbol;

/** A key of one type that went through PixKey.parse; `value` is the normalized form the DICT and BR Codes carry. */
export interface PixKeyOf<Type extends PixKeyType> {
  readonly type: Type;
  readonly value: string;
  readonly [parsed]: true;
}

export type PixKey = { [Type in PixKeyType]: PixKeyOf<Type> }[PixKeyType];

export const EMAIL_KEY_MAX_LENGTH = 77;

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PHONE_EXAMPLE = 'such as +5511987654321 or (11) 98765-4321';

function normalizeEmail(raw: string, field: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > EMAIL_KEY_MAX_LENGTH) {
    throw badInput(`${field} must have at most ${EMAIL_KEY_MAX_LENGTH} characters; got ${email.length}`, field);
  }
  if (!EMAIL.test(email)) throw badInput(`${field} must be an email address such as name@example.com`, field);
  return email;
}

/** National significant number: the 2-digit area code and the subscriber number, country code removed. */
function nationalNumber(raw: string, field: string): string {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(compact)) throw badInput(`${field} must be a phone number ${PHONE_EXAMPLE}`, field);
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+55')) throw badInput(`${field} must be a Brazilian phone number (+55)`, field);
    return compact.slice(3);
  }
  // Without "+", 12 or 13 digits can only be 55 + area code + number: a national number has 10 or 11.
  return (compact.length === 12 || compact.length === 13) && compact.startsWith('55') ? compact.slice(2) : compact;
}

function normalizePhone(raw: string, field: string): string {
  const national = nationalNumber(raw, field);
  if (national.length !== 10 && national.length !== 11) {
    throw badInput(`${field} must have a 2-digit area code and an 8- or 9-digit number, ${PHONE_EXAMPLE}`, field);
  }
  if (!/^[1-9]{2}/.test(national)) throw badInput(`${field} has an invalid area code "${national.slice(0, 2)}"`, field);
  const subscriber = national.slice(2);
  if (subscriber.length === 9 && !subscriber.startsWith('9')) throw badInput(`${field} is a 9-digit number, which must start with 9`, field);
  if (subscriber.length === 8 && /^[01]/.test(subscriber)) throw badInput(`${field} is an 8-digit number, which cannot start with 0 or 1`, field);
  return `+55${national}`;
}

function normalizeEvp(raw: string, field: string): string {
  const evp = raw.trim().toLowerCase();
  if (!UUID_V4.test(evp)) throw badInput(`${field} must be a random key: a UUID v4 such as 2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c`, field);
  return evp;
}

const NORMALIZE: { readonly [Type in PixKeyType]: (raw: string, field: string) => string } = {
  CPF: (raw, field) => Cpf.parse(raw, field).value,
  CNPJ: (raw, field) => Cnpj.parse(raw, field).value,
  EMAIL: normalizeEmail,
  PHONE: normalizePhone,
  EVP: normalizeEvp,
};

export const PixKey = {
  /**
   * Validates `raw` as a key of `type` and normalizes it: CPF and CNPJ bare (masks accepted),
   * phone as +55 + area code + number (common masks accepted), email and EVP lowercase.
   * Throws BAD_USER_INPUT on `field` saying what is wrong.
   */
  parse<Type extends PixKeyType>(type: Type, raw: unknown, field = 'key'): PixKeyOf<Type> {
    if (typeof raw !== 'string') throw badInput(`${field} must be a string`, field);
    return { type, value: NORMALIZE[type](raw, field) } as PixKeyOf<Type>;
  },
};

/**
 * The type a key found in a BR Code has by its shape alone (BR Codes carry keys normalized:
 * phones with +55, documents bare), or null when it has none. PixKey.parse then validates it.
 */
export function inferKeyType(raw: string): PixKeyType | null {
  if (raw.includes('@')) return 'EMAIL';
  if (raw.startsWith('+')) return 'PHONE';
  if (UUID.test(raw.toLowerCase())) return 'EVP';
  if (/^\d{11}$/.test(raw)) return 'CPF';
  if (/^[0-9A-Z]{12}\d{2}$/.test(raw)) return 'CNPJ';
  return null;
}

/** A key in the normalized form a payer wrote it in, validated for the type its shape says (an e-mail when it has none). */
export function parseAnyKey(raw: string, field = 'key'): PixKey {
  const type = inferKeyType(raw.trim());
  return PixKey.parse(type ?? 'EMAIL', raw, field);
}
