import { type BusinessDate, Decimal, Money } from '@bank/kernel';
import type { Coverage } from './coverage';
import type { PostalCode } from './postal-code';
import type { QuoteRequest } from './quote-request';
import { type Band, RATING_TABLE, type RatedAmount } from './rating-table';

export interface QuotedCoverage {
  readonly coverage: Coverage;
  readonly premium: Money;
  /** What the insured pays towards each claim on this coverage; null where none applies. */
  readonly deductible: Money | null;
}

/** Prices each requested coverage with RATING_TABLE, as of `quoteDate`. */
export function rateCoverages(request: QuoteRequest, quoteDate: BusinessDate): QuotedCoverage[] {
  const common = riskFactor(request, quoteDate);
  const level = RATING_TABLE.deductibleLevels[request.deductible];
  const fipe = request.vehicle.fipeValue;
  return request.coverages.map((coverage) => {
    const { premiumBase, standardDeductible } = RATING_TABLE.coverages[coverage];
    const factor = standardDeductible === null ? common : common.times(level.premiumFactor);
    return {
      coverage,
      premium: Money.fromDecimal(amountOf(premiumBase, fipe).times(factor)),
      deductible: standardDeductible === null ? null : Money.fromDecimal(amountOf(standardDeductible, fipe).times(level.deductibleFactor)),
    };
  });
}

/** The product of the factors every coverage shares. */
function riskFactor(request: QuoteRequest, quoteDate: BusinessDate): Decimal {
  const { driver, vehicle } = request;
  const bonusDiscount = RATING_TABLE.bonusDiscountPercent[request.bonusClass];
  if (bonusDiscount === undefined) throw new RangeError(`no rate for bonus class ${request.bonusClass}`);
  return [
    bandFactor(RATING_TABLE.driverAge, driver.birthDate.fullYearsUntil(quoteDate)),
    bandFactor(RATING_TABLE.yearsLicensed, driver.licensedSince.fullYearsUntil(quoteDate)),
    bandFactor(RATING_TABLE.vehicleAge, Math.max(0, quoteDate.year - vehicle.year)),
    regionFactor(request.postalCode),
    new Decimal(RATING_TABLE.use[request.use]),
    new Decimal(100).minus(bonusDiscount).dividedBy(100),
  ].reduce((product, factor) => product.times(factor), new Decimal(1));
}

function bandFactor(bands: readonly Band[], value: number): Decimal {
  const band = bands.findLast((candidate) => candidate.from <= value);
  if (band === undefined) throw new RangeError(`no band for ${value}`);
  return new Decimal(band.factor);
}

function regionFactor(postalCode: PostalCode): Decimal {
  const longest = RATING_TABLE.regions
    .filter((region) => postalCode.value.startsWith(region.cepPrefix))
    .sort((a, b) => b.cepPrefix.length - a.cepPrefix.length)[0];
  if (longest === undefined) throw new RangeError(`no region for CEP ${postalCode.value}`);
  return new Decimal(longest.factor);
}

const amountOf = (rated: RatedAmount, fipe: Money): Decimal =>
  'percentOfFipe' in rated ? fipe.toDecimal().times(rated.percentOfFipe).dividedBy(100) : new Decimal(rated.fixed);
