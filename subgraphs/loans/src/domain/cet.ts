import { Decimal, Money, roundHalfEven, type BusinessDate } from '@bank/kernel';

/** Custo efetivo total in percent, 4 decimals. */
export interface Cet {
  readonly monthly: Decimal;
  readonly annual: Decimal;
}

export interface CashFlow {
  readonly dueDate: BusinessDate;
  readonly payment: Money;
}

const DAYS_A_YEAR = 365;
const MAX_ITERATIONS = 200;
/** On the daily discount factor: the annual rate then moves by less than 1e-27. */
const TOLERANCE = new Decimal('1e-30');
const PERCENT_PLACES = 4;

interface DatedFlow {
  readonly days: number;
  readonly amount: Decimal;
}

/**
 * f(v) = Σ FC_j · v^d_j − FC_0 and f′(v), v = (1 + CET)^(−1/365) the daily discount factor.
 * A schedule comes in date order, so v^d_j is v^d_{j−1} times v to the (small, recurring) gap.
 */
function presentValueGap(flows: readonly DatedFlow[], released: Decimal, v: Decimal): { value: Decimal; slope: Decimal } {
  const gapPowers = new Map<number, Decimal>();
  let power = new Decimal(1);
  let previousDays = 0;
  let value = released.negated();
  let weighted = new Decimal(0);
  for (const { days, amount } of flows) {
    const gap = days - previousDays;
    const gapPower = gapPowers.get(gap) ?? v.pow(gap);
    gapPowers.set(gap, gapPower);
    power = power.times(gapPower);
    previousDays = days;
    const discounted = amount.times(power);
    value = value.plus(discounted);
    weighted = weighted.plus(discounted.times(days));
  }
  return { value, slope: weighted.dividedBy(v) };
}

/**
 * CET by CMN Resolution 3.517/2007: FC_0 = Σ FC_j / (1 + CET)^((d_j − d_0)/365), solved for
 * the daily discount factor v = (1 + CET)^(−1/365) in (0, 1]. f(v) is a polynomial with positive
 * coefficients, increasing and convex there, so Newton started at v = 1 (CET 0, where f ≥ 0
 * because the installments repay at least what was released) descends monotonically onto the
 * root with no overshoot; the bracket [low, high] with f(low) < 0 ≤ f(high) is kept anyway and a
 * step that would leave it is replaced by bisection.
 */
export function effectiveTotalCost(released: Money, flows: readonly CashFlow[], releaseDate: BusinessDate): Cet {
  if (!released.isPositive()) throw new RangeError(`the amount released must be positive: ${released}`);
  if (Money.sum(flows.map(({ payment }) => payment)).lessThan(released)) {
    throw new RangeError(`the installments repay less than the ${released} released`);
  }
  const dated = flows.map(({ dueDate, payment }) => ({ days: releaseDate.daysUntil(dueDate), amount: payment.toDecimal() }));
  if (dated.some(({ days }) => days <= 0)) throw new RangeError('every installment must fall due after the release');
  const factor = solveDailyFactor(dated, released.toDecimal());
  const annual = factor.pow(-DAYS_A_YEAR).minus(1);
  const monthly = annual.plus(1).pow(new Decimal(1).dividedBy(12)).minus(1);
  return { annual: asPercent(annual), monthly: asPercent(monthly) };
}

function solveDailyFactor(flows: readonly DatedFlow[], released: Decimal): Decimal {
  let low = new Decimal(0);
  let high = new Decimal(1);
  let v = high;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { value, slope } = presentValueGap(flows, released, v);
    if (value.isZero()) return v;
    if (value.isPositive()) high = v;
    else low = v;
    const newton = v.minus(value.dividedBy(slope));
    const next = newton.greaterThan(low) && newton.lessThan(high) ? newton : low.plus(high).dividedBy(2);
    if (next.minus(v).abs().lessThan(TOLERANCE)) return next;
    v = next;
  }
  throw new Error('CET did not converge');
}

const asPercent = (rate: Decimal): Decimal => roundHalfEven(rate.times(100), PERCENT_PLACES);
