import { variable } from '@bank/platform';
import { z } from 'zod';

/** The key local development and tests use when none is set; production refuses it. Never a real card's key. */
export const DEVELOPMENT_CARD_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** The cards module's configuration variables, for the accounts subgraph's specification. */
export const cardsEnv = {
  ACCOUNTS_CARD_KEY: variable(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits (a 256-bit key)'), {
    description: 'master key of card numbers (AES-256-GCM at rest, keyed look-up hash, derived CVV); 64 hex digits; production refuses the development key',
    devDefault: DEVELOPMENT_CARD_KEY,
    secret: true,
    productionCheck: (raw) => (raw.toLowerCase() === DEVELOPMENT_CARD_KEY ? 'is the development key; generate one, e.g. `openssl rand -hex 32`' : undefined),
  }),
  ACCOUNTS_CARD_BIN: variable(z.string().regex(/^(\d{6}|\d{8})$/, 'must be 6 or 8 digits'), {
    description: "the issuer's BIN (IIN): every card number issued begins with it",
    devDefault: '53998412',
  }),
  ACCOUNTS_CARD_HOLD_EXPIRY_SECONDS: variable(z.coerce.number().int().min(60).max(2_592_000), {
    description: 'how long an uncaptured card authorization holds the funds before the ledger releases it (default 7 days)',
    devDefault: '604800',
  }),
  ACCOUNTS_CARD_REVEALS_PER_HOUR: variable(z.coerce.number().int().min(1).max(100), {
    description: 'how many times a customer may reveal card details (number, CVV) per hour',
    devDefault: '5',
  }),
} as const;
