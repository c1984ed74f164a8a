import type { Coverage } from './coverage';
import type { DeductibleLevel, VehicleUse } from './quote-request';

/** A share of the vehicle's FIPE value, or a fixed amount in reais (decimal strings). */
export type RatedAmount = { readonly percentOfFipe: string } | { readonly fixed: string };

export interface CoverageRate {
  readonly premiumBase: RatedAmount;
  /** The STANDARD deductible; null where the coverage has none. */
  readonly standardDeductible: RatedAmount | null;
}

/** A factor that applies from `from` (inclusive) up to the next band's `from`. */
export interface Band {
  readonly from: number;
  readonly factor: string;
}

export interface RegionRate {
  readonly cepPrefix: string;
  readonly region: string;
  readonly factor: string;
}

export interface RatingTable {
  readonly coverages: Readonly<Record<Coverage, CoverageRate>>;
  /** Applies to the premium of coverages that have a deductible, and scales that deductible. */
  readonly deductibleLevels: Readonly<Record<DeductibleLevel, { readonly premiumFactor: string; readonly deductibleFactor: string }>>;
  /** Driver's age in whole years on the quote date. */
  readonly driverAge: readonly Band[];
  /** Whole years since the driver's licence was issued. */
  readonly yearsLicensed: readonly Band[];
  /** Quote year minus model year (a next-year model counts as 0). */
  readonly vehicleAge: readonly Band[];
  /** By CEP prefix; the longest matching prefix wins. */
  readonly regions: readonly RegionRate[];
  readonly use: Readonly<Record<VehicleUse, string>>;
  /** Discount in percent, indexed by bonus class 0–10. */
  readonly bonusDiscountPercent: readonly string[];
}

/**
 * The auto tariff. A coverage's premium is its base times every factor (driver age, years
 * licensed, vehicle age, region, use, bonus class, and the deductible level where the coverage
 * has a deductible), rounded once to cents with NBR 5891.
 */
export const RATING_TABLE: RatingTable = {
  coverages: {
    COLLISION: { premiumBase: { percentOfFipe: '3.20' }, standardDeductible: { percentOfFipe: '5.00' } },
    THEFT: { premiumBase: { percentOfFipe: '1.10' }, standardDeductible: null },
    GLASS: { premiumBase: { percentOfFipe: '0.25' }, standardDeductible: { fixed: '200.00' } },
    THIRD_PARTY_PROPERTY: { premiumBase: { fixed: '380.00' }, standardDeductible: null },
    THIRD_PARTY_BODILY: { premiumBase: { fixed: '240.00' }, standardDeductible: null },
    RENTAL_CAR: { premiumBase: { fixed: '180.00' }, standardDeductible: null },
    ROADSIDE_ASSISTANCE: { premiumBase: { fixed: '120.00' }, standardDeductible: null },
  },
  deductibleLevels: {
    REDUCED: { premiumFactor: '1.15', deductibleFactor: '0.5' },
    STANDARD: { premiumFactor: '1.00', deductibleFactor: '1' },
    INCREASED: { premiumFactor: '0.85', deductibleFactor: '2' },
  },
  driverAge: [
    { from: 18, factor: '1.50' },
    { from: 25, factor: '1.20' },
    { from: 30, factor: '1.00' },
    { from: 45, factor: '0.95' },
    { from: 60, factor: '1.10' },
  ],
  yearsLicensed: [
    { from: 0, factor: '1.25' },
    { from: 2, factor: '1.10' },
    { from: 5, factor: '1.00' },
    { from: 10, factor: '0.95' },
  ],
  vehicleAge: [
    { from: 0, factor: '1.00' },
    { from: 3, factor: '1.05' },
    { from: 6, factor: '1.12' },
    { from: 11, factor: '1.20' },
    { from: 16, factor: '1.30' },
  ],
  regions: [
    { cepPrefix: '0', region: 'Greater São Paulo', factor: '1.25' },
    { cepPrefix: '1', region: 'São Paulo state, interior and coast', factor: '1.05' },
    { cepPrefix: '2', region: 'Rio de Janeiro state and Espírito Santo', factor: '1.10' },
    { cepPrefix: '20', region: 'Rio de Janeiro city', factor: '1.30' },
    { cepPrefix: '21', region: 'Rio de Janeiro city', factor: '1.30' },
    { cepPrefix: '22', region: 'Rio de Janeiro city', factor: '1.30' },
    { cepPrefix: '23', region: 'Rio de Janeiro city', factor: '1.30' },
    { cepPrefix: '3', region: 'Minas Gerais', factor: '0.95' },
    { cepPrefix: '4', region: 'Bahia and Sergipe', factor: '1.00' },
    { cepPrefix: '5', region: 'Pernambuco, Alagoas, Paraíba and Rio Grande do Norte', factor: '1.00' },
    { cepPrefix: '6', region: 'Ceará, Piauí, Maranhão and the North', factor: '0.95' },
    { cepPrefix: '7', region: 'Centre-West, Tocantins and Rondônia', factor: '1.00' },
    { cepPrefix: '70', region: 'Distrito Federal', factor: '1.05' },
    { cepPrefix: '71', region: 'Distrito Federal', factor: '1.05' },
    { cepPrefix: '72', region: 'Distrito Federal', factor: '1.05' },
    { cepPrefix: '73', region: 'Distrito Federal', factor: '1.05' },
    { cepPrefix: '8', region: 'Paraná and Santa Catarina', factor: '0.90' },
    { cepPrefix: '9', region: 'Rio Grande do Sul', factor: '0.95' },
  ],
  use: { PRIVATE: '1.00', COMMERCIAL: '1.25' },
  bonusDiscountPercent: ['0', '10', '15', '20', '25', '30', '33', '36', '39', '42', '45'],
};
