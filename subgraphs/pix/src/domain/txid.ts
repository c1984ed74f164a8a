import { TXID_MAX_LENGTH } from '@bank/pix-codes';
import { type RandomSource, randomAlphanumeric } from './random';

/** A fresh txid of 25 letters and digits. */
export const generateTxid = (random: RandomSource): string => randomAlphanumeric(TXID_MAX_LENGTH, random);
