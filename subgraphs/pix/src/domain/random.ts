/**
 * Draws an integer uniformly from [0, bound). The domain never reaches for randomness itself:
 * the infrastructure passes `crypto.randomInt`, tests pass something they control.
 */
export type RandomSource = (bound: number) => number;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters drawn from [A-Za-z0-9]. */
export function randomAlphanumeric(length: number, random: RandomSource): string {
  let text = '';
  for (let drawn = 0; drawn < length; drawn++) {
    const index = random(ALPHANUMERIC.length);
    if (!Number.isInteger(index) || index < 0 || index >= ALPHANUMERIC.length) {
      throw new RangeError(`the random source returned ${index} for a bound of ${ALPHANUMERIC.length}`);
    }
    text += ALPHANUMERIC.charAt(index);
  }
  return text;
}
