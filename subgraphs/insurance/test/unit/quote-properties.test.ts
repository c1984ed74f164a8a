import fc from 'fast-check';
import { Money } from '@bank/kernel';
import { DEDUCTIBLE_LEVELS, iofOn, quoteAutoInsurance, RATING_TABLE, type AutoQuoteInput } from '../../src/domain';
import { fipeArb, quoteInputArb } from './arbitraries';
import { NOW } from './fixtures';

const quote = (input: AutoQuoteInput) => quoteAutoInsurance(input, { id: 'q', now: NOW });
const netCents = (input: AutoQuoteInput) => quote(input).netPremium.cents;
const hasDeductible = (input: AutoQuoteInput) =>
  input.coverages.some((coverage) => RATING_TABLE.coverages[coverage as keyof typeof RATING_TABLE.coverages].standardDeductible !== null);

/** IOF computed independently in integer cents: net × 738 / 10 000, half to even. */
const expectedIofCents = (net: bigint): bigint => {
  const quotient = (net * 738n) / 10_000n;
  const remainder = (net * 738n) % 10_000n;
  return remainder > 5_000n || (remainder === 5_000n && quotient % 2n === 1n) ? quotient + 1n : quotient;
};

describe('quote properties', () => {
  it('a higher FIPE value never gives a lower premium, for any coverage', () => {
    fc.assert(
      fc.property(quoteInputArb, fipeArb, fipeArb, (input, a, b) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const cheap = quote({ ...input, vehicle: { ...input.vehicle, fipeValue: low } });
        const dear = quote({ ...input, vehicle: { ...input.vehicle, fipeValue: high } });
        cheap.coverages.forEach((quoted, index) => {
          expect(quoted.premium.cents).toBeLessThanOrEqual(dear.coverages[index]?.premium.cents ?? -1n);
        });
        expect(cheap.totalPremium.cents).toBeLessThanOrEqual(dear.totalPremium.cents);
      }),
    );
  });

  it('REDUCED costs more than STANDARD, which costs more than INCREASED, when a coverage has a deductible', () => {
    fc.assert(
      fc.property(quoteInputArb, (input) => {
        const [reduced, standard, increased] = DEDUCTIBLE_LEVELS.map((deductible) => netCents({ ...input, deductible }));
        if (hasDeductible(input)) {
          expect(reduced).toBeGreaterThan(standard ?? 0n);
          expect(standard).toBeGreaterThan(increased ?? 0n);
        } else {
          expect(new Set([reduced, standard, increased]).size).toBe(1);
        }
      }),
    );
  });

  it('a higher bonus class always gives a lower premium', () => {
    fc.assert(
      fc.property(quoteInputArb, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }), (input, lower, step) => {
        const higher = Math.min(10, lower + step);
        expect(netCents({ ...input, bonusClass: higher })).toBeLessThan(netCents({ ...input, bonusClass: lower }));
      }),
    );
  });

  it('net is the sum of the coverage premiums, IOF is exactly 7.38 % of it to the cent, total is net + IOF', () => {
    fc.assert(
      fc.property(quoteInputArb, (input) => {
        const result = quote(input);
        expect(result.netPremium.cents).toBe(result.coverages.reduce((sum, { premium }) => sum + premium.cents, 0n));
        expect(result.iof.cents).toBe(expectedIofCents(result.netPremium.cents));
        expect(result.totalPremium.cents).toBe(result.netPremium.cents + result.iof.cents);
      }),
    );
  });

  it('IOF rounds half to even on any net premium, exact half cents included', () => {
    const halfCentNet = fc.bigInt({ min: 0n, max: 10_000_000n }).map((k) => k * 5_000n + 2_500n); // net × 0.0738 ends in ,5
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), halfCentNet), (net) => {
        expect(iofOn(Money.fromCents(net)).cents).toBe(expectedIofCents(net));
      }),
    );
  });

  it('offers 1 to 12 installments, each option adding up exactly to the total, the remainder on the first', () => {
    fc.assert(
      fc.property(quoteInputArb, (input) => {
        const { installmentOptions, totalPremium } = quote(input);
        expect(installmentOptions.map(({ count }) => count)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        for (const { count, firstAmount, amount } of installmentOptions) {
          expect(firstAmount.cents + amount.cents * BigInt(count - 1)).toBe(totalPremium.cents);
          expect(firstAmount.cents - amount.cents).toBeGreaterThanOrEqual(0n);
          expect(firstAmount.cents - amount.cents).toBeLessThan(BigInt(count));
        }
      }),
    );
  });
});
