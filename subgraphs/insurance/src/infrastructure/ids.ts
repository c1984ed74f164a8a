import { randomInt } from 'node:crypto';
import { ID_BODY_LENGTH, ID_PREFIXES } from '../domain';
import type { IdGenerator } from '../application/ports';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ID_BODY_LENGTH uniformly random characters of 36: about 103 bits. */
const body = (): string => Array.from({ length: ID_BODY_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const randomIds: IdGenerator = {
  quoteId: () => `${ID_PREFIXES.quote}${body()}`,
  claimId: () => `${ID_PREFIXES.claim}${body()}`,
};
