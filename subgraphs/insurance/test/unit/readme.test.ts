import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COVERAGES, DEDUCTIBLE_LEVELS, RATING_TABLE, VEHICLE_USES, type Band, type RatedAmount } from '../../src/domain';

const rows = (header: readonly string[], body: readonly (readonly (string | number)[])[]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');

const amount = (rated: RatedAmount | null): string =>
  rated === null ? '—' : 'percentOfFipe' in rated ? `${rated.percentOfFipe} % of FIPE` : `R$ ${rated.fixed}`;

const bands = (bandsOf: readonly Band[]): (string | number)[][] =>
  bandsOf.map(({ from, factor }, index) => {
    const next = bandsOf[index + 1];
    return [next === undefined ? `${from}+` : `${from}–${next.from - 1}`, factor];
  });

/** The rating table as the README shows it, written from RATING_TABLE itself. */
const ratingTableMarkdown = (): string =>
  [
    rows(
      ['coverage', 'premium base', 'standard deductible'],
      COVERAGES.map((coverage) => [
        coverage,
        amount(RATING_TABLE.coverages[coverage].premiumBase),
        amount(RATING_TABLE.coverages[coverage].standardDeductible),
      ]),
    ),
    rows(
      ['deductible level', 'premium factor', 'deductible factor'],
      DEDUCTIBLE_LEVELS.map((level) => [level, RATING_TABLE.deductibleLevels[level].premiumFactor, RATING_TABLE.deductibleLevels[level].deductibleFactor]),
    ),
    rows(['driver age', 'factor'], bands(RATING_TABLE.driverAge)),
    rows(['years licensed', 'factor'], bands(RATING_TABLE.yearsLicensed)),
    rows(['vehicle age (years)', 'factor'], bands(RATING_TABLE.vehicleAge)),
    rows(
      ['CEP prefix', 'region', 'factor'],
      RATING_TABLE.regions.map(({ cepPrefix, region, factor }) => [cepPrefix, region, factor]),
    ),
    rows(
      ['use', 'factor'],
      VEHICLE_USES.map((use) => [use, RATING_TABLE.use[use]]),
    ),
    rows(
      ['bonus class', 'discount'],
      RATING_TABLE.bonusDiscountPercent.map((percent, bonusClass) => [bonusClass, `${percent} %`]),
    ),
  ].join('\n\n');

describe('the README', () => {
  it('shows the rating table the code prices with', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

    expect(readme).toContain(ratingTableMarkdown());
  });
});
