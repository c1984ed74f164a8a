import { randomInt as cryptoRandomInt, randomUUID } from 'node:crypto';
import type { IdGenerator } from '../application/ports';
import { generateEndToEndId, generateTxid, newConfirmationCode, type RandomSource } from '../domain';

export interface CryptoIdGeneratorOptions {
  /** The bank's ISPB (8 digits), the payer institution in the end-to-end ids it generates. */
  readonly ispb: string;
  /** Draws from [0, bound); crypto.randomInt by default. */
  readonly randomInt?: RandomSource;
}

/** Identifiers drawn from a cryptographically secure source. */
export class CryptoIdGenerator implements IdGenerator {
  private readonly ispb: string;
  private readonly random: RandomSource;

  constructor({ ispb, randomInt = (bound) => cryptoRandomInt(bound) }: CryptoIdGeneratorOptions) {
    if (!/^\d{8}$/.test(ispb)) throw new RangeError(`an ISPB has 8 digits: "${ispb}"`);
    this.ispb = ispb;
    this.random = randomInt;
  }

  txid(): string {
    return generateTxid(this.random);
  }

  endToEndId(at: Date): string {
    return generateEndToEndId(this.ispb, at, this.random);
  }

  uuid(): string {
    return randomUUID();
  }

  confirmationCode(): string {
    return newConfirmationCode(() => this.random(10));
  }
}
