import { randomInt, randomUUID } from 'node:crypto';
import type { IdGenerator } from '../application/ports';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TXID_LENGTH = 25;

/** Random ids: UUIDs for loans; txids of 25 alphanumerics (about 149 bits), unique in practice. */
export const randomIds: IdGenerator = {
  loanId: () => randomUUID(),
  txid: () => Array.from({ length: TXID_LENGTH }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join(''),
};
