import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import type { CardVault } from '../../application/cards/ports';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const derive = (master: Buffer, purpose: string): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `bank-cards/${purpose}`, 32));

/**
 * Card secrets from one 256-bit master key (ACCOUNTS_CARD_KEY), with a key of its own per purpose
 * (HKDF): AES-256-GCM for the stored number, HMAC-SHA256 for the look-up hash and for the CVV.
 * The number's ciphertext is bound to its card's id, so it cannot be moved to another row.
 */
export function cardVault(masterKeyHex: string): CardVault {
  const master = Buffer.from(masterKeyHex, 'hex');
  if (master.length !== 32) throw new Error('the card key must be 32 bytes (64 hex digits)');
  const encryption = derive(master, 'pan-encryption');
  const lookup = derive(master, 'pan-lookup');
  const cvv = derive(master, 'cvv');
  return {
    encrypt(pan, cardId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryption, iv).setAAD(Buffer.from(cardId));
      const sealed = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
    },
    decrypt(stored, cardId) {
      const [version, payload = ''] = stored.split(':');
      if (version !== VERSION) throw new Error(`unknown card cipher version ${version}`);
      const bytes = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encryption, bytes.subarray(0, IV_BYTES)).setAAD(Buffer.from(cardId));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    lookupHash: (pan) => createHmac('sha256', lookup).update(pan).digest('hex'),
    cvvOf(pan, { expiryMonth, expiryYear }) {
      const mac = createHmac('sha256', cvv).update(`${pan}|${expiryYear}-${expiryMonth}`).digest();
      return String(mac.readUInt32BE(0) % 1000).padStart(3, '0');
    },
    randomDigits: (count) => Array.from({ length: count }, () => String(randomInt(10))).join(''),
  };
}
