import { Decimal } from '@bank/kernel';
import { DEDUCTIBLE_LEVELS, MAX_BONUS_CLASS, MINIMUM_DRIVER_AGE, RATING_TABLE, type Band } from '../../src/domain';

const ascending = (values: readonly Decimal[]) => values.every((value, index) => index === 0 || value.greaterThan(values[index - 1] ?? value));

describe('the rating table', () => {
  it('has a region for every first digit of a CEP, and no prefix twice', () => {
    const prefixes = RATING_TABLE.regions.map(({ cepPrefix }) => cepPrefix);

    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect([...'0123456789'].filter((digit) => !prefixes.includes(digit))).toEqual([]);
  });

  it.each<[string, readonly Band[], number]>([
    ['driverAge', RATING_TABLE.driverAge, MINIMUM_DRIVER_AGE],
    ['yearsLicensed', RATING_TABLE.yearsLicensed, 0],
    ['vehicleAge', RATING_TABLE.vehicleAge, 0],
  ])('%s bands start at the lowest possible value and go up', (_, bands, lowest) => {
    expect(bands[0]?.from).toBe(lowest);
    expect(ascending(bands.map(({ from }) => new Decimal(from)))).toBe(true);
  });

  it('gives each bonus class a bigger discount than the one below, from none at class 0', () => {
    const discounts = RATING_TABLE.bonusDiscountPercent.map((percent) => new Decimal(percent));

    expect(discounts).toHaveLength(MAX_BONUS_CLASS + 1);
    expect(discounts[0]?.isZero()).toBe(true);
    expect(ascending(discounts)).toBe(true);
  });

  it('makes a lower deductible cost more: about half, standard, about double', () => {
    const levels = DEDUCTIBLE_LEVELS.map((level) => RATING_TABLE.deductibleLevels[level]);

    expect(ascending(levels.map(({ premiumFactor }) => new Decimal(premiumFactor)).reverse())).toBe(true);
    expect(levels.map(({ deductibleFactor }) => deductibleFactor)).toEqual(['0.5', '1', '2']);
  });
});
