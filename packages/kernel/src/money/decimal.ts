import DecimalJs from 'decimal.js';

/**
 * The project's Decimal: enough precision for compound interest over 420 months, and
 * ABNT NBR 5891 rounding (half to even) wherever a result is rounded.
 */
export const Decimal = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** Rounds to `places` decimals with NBR 5891 (half to even on the exact decimal value). */
export const roundHalfEven = (value: Decimal, places: number): Decimal => value.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
