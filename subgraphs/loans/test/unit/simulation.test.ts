import { Decimal, Money, BusinessDate } from '@bank/kernel';
import {
  creditIof,
  effectiveTotalCost,
  parseSimulationInput,
  simulateLoan,
  type AmortizationSystem,
  type Installment,
  type SimulationInput,
} from '../../src/domain';

const today = BusinessDate.of(2026, 1, 15);
const valid: SimulationInput = { principal: '1000.00', termMonths: 3, monthlyRate: '1', system: 'PRICE', startDate: '2026-01-15' };
const simulate = (input: Partial<SimulationInput>) => simulateLoan(parseSimulationInput({ ...valid, ...input }, today));

/**
 * Test oracle for the CET, independent of the implementation: plain floats, Newton on the
 * annual rate r itself in the day-count formula FC_0 = Σ FC_j (1 + r)^(−d_j/365).
 */
function floatCet(released: number, flows: readonly { days: number; amount: number }[]): { annual: number; monthly: number } {
  let r = 0.1;
  for (let step = 0; step < 100; step++) {
    let value = -released;
    let slope = 0;
    for (const { days, amount } of flows) {
      const t = days / 365;
      value += amount * (1 + r) ** -t;
      slope -= t * amount * (1 + r) ** (-t - 1);
    }
    r -= value / slope;
  }
  return { annual: r * 100, monthly: ((1 + r) ** (1 / 12) - 1) * 100 };
}

const flowsOf = (installments: readonly Installment[], start: BusinessDate) =>
  installments.map(({ dueDate, payment }) => ({ days: start.daysUntil(dueDate), amount: Number(payment.toString()) }));

describe('parseSimulationInput', () => {
  it('accepts the bounds', () => {
    for (const input of [
      { principal: '100.00', termMonths: 1, monthlyRate: '0' },
      { principal: '10000000.00', termMonths: 420, monthlyRate: '20' },
    ]) {
      expect(() => parseSimulationInput({ ...valid, ...input }, today)).not.toThrow();
    }
  });

  it('starts today when no start date is given', () => {
    expect(parseSimulationInput({ ...valid, startDate: undefined }, today).startDate).toBe(today);
    expect(parseSimulationInput({ ...valid, startDate: null }, today).startDate).toBe(today);
  });

  it.each([
    ['principal', '99.99'],
    ['principal', '10000000.01'],
    ['principal', 1000],
    ['principal', '1000.001'],
    ['principal', '-1000.00'],
    ['termMonths', 0],
    ['termMonths', 421],
    ['termMonths', 12.5],
    ['termMonths', '12'],
    ['monthlyRate', '20.0001'],
    ['monthlyRate', '-0.5'],
    ['monthlyRate', '1.23456'],
    ['monthlyRate', 1.99],
    ['system', 'GERMAN'],
    ['startDate', '2027-02-29'],
    ['startDate', '31/01/2027'],
    ['startDate', '1899-12-31'],
  ])('refuses %s = %p with BAD_USER_INPUT naming it', (field, value) => {
    expect(() => parseSimulationInput({ ...valid, [field]: value }, today)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('refuses on termMonths a table the rounding cannot close', () => {
    expect(() => simulate({ principal: '100.00', termMonths: 420, monthlyRate: '0', system: 'SAC' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'termMonths' }),
    );
  });
});

describe('simulateLoan', () => {
  it('PRICE 1000.00 at 1 % for 3 months from 2026-01-15: table, totals, IOF and CET', () => {
    const simulation = simulate({});
    expect(simulation.installments.map((row) => `${row.dueDate} ${row.payment} ${row.amortization}`)).toEqual([
      '2026-02-15 340.02 330.02',
      '2026-03-15 340.02 333.32',
      '2026-04-15 340.03 336.66',
    ]);
    expect(simulation.totalPaid.toString()).toBe('1020.07'); // 340.02 + 340.02 + 340.03
    expect(simulation.totalInterest.toString()).toBe('20.07'); // 10.00 + 6.70 + 3.37
    // IOF by hand: days from release 31, 59, 90
    //   0.38 % × 1000.00                                                  = 3.80
    //   0.0082 % × (330.02 × 31 + 333.32 × 59 + 336.66 × 90)
    //     = 0.000082 × (10230.62 + 19665.88 + 30299.40) = 0.000082 × 60195.90 = 4.9360638
    //   total 8.7360638 → 8.74 (rounding each part first would give 3.80 + 0.84 + 1.61 + 2.48 = 8.73)
    expect(simulation.iof.toString()).toBe('8.74');
    expect(simulation.releasedAmount.toString()).toBe('991.26');
    // CET on 991.26 released: 19.087591… % a year (also by 50-digit Python Newton), 1.466390… % a month
    expect(simulation.cet.annual.toFixed(4)).toBe('19.0876');
    expect(simulation.cet.monthly.toFixed(4)).toBe('1.4664');
    const oracle = floatCet(991.26, flowsOf(simulation.installments, simulation.startDate));
    expect(Math.abs(simulation.cet.annual.toNumber() - oracle.annual)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(simulation.cet.monthly.toNumber() - oracle.monthly)).toBeLessThanOrEqual(1e-4);
  });

  it('SAC 1000.00 at 1 % for 3 months: totals', () => {
    const simulation = simulate({ system: 'SAC' });
    expect(simulation.installments.map((row) => row.payment.toString())).toEqual(['343.33', '340.00', '336.67']);
    expect([simulation.totalPaid.toString(), simulation.totalInterest.toString()]).toEqual(['1020.00', '20.00']);
  });

  it.each([
    ['PRICE', '250000.00', 360, '0.99', '2026-01-31'],
    ['SAC', '250000.00', 360, '0.99', '2026-01-31'],
    ['PRICE', '5000.00', 24, '4.5', '2027-12-31'],
    ['SAC', '100.00', 1, '20', '2028-02-29'],
  ] as const)('%s %s, %i months at %s %% from %s: the CET agrees with a float oracle to 1e-4 %%', (system, principal, termMonths, monthlyRate, startDate) => {
    const simulation = simulate({ system, principal, termMonths, monthlyRate, startDate });
    const oracle = floatCet(Number(simulation.releasedAmount.toString()), flowsOf(simulation.installments, simulation.startDate));
    expect(Math.abs(simulation.cet.annual.toNumber() - oracle.annual)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(simulation.cet.monthly.toNumber() - oracle.monthly)).toBeLessThanOrEqual(1e-4);
    expect(simulation.cet.annual.decimalPlaces()).toBeLessThanOrEqual(4);
  });

  it('rate 0: the CET is what the IOF costs, and 0 without IOF', () => {
    const withIof = simulate({ monthlyRate: '0' });
    expect(withIof.cet.annual.isPositive()).toBe(true);
    const noIof = simulateLoan(parseSimulationInput({ ...valid, monthlyRate: '0' }, today), {
      flatPercent: new Decimal(0),
      dailyPercent: new Decimal(0),
      maxDays: 365,
    });
    expect(noIof.iof.isZero()).toBe(true);
    expect([noIof.cet.annual.toFixed(4), noIof.cet.monthly.toFixed(4)]).toEqual(['0.0000', '0.0000']);
  });

  it('a 360-month simulation closes to the cent', () => {
    const simulation = simulate({ principal: '250000.00', termMonths: 360, monthlyRate: '0.99', startDate: '2026-01-31' });
    expect(simulation.installments.at(-1)!.balance.isZero()).toBe(true);
    expect(Money.sum(simulation.installments.map((row) => row.amortization)).toString()).toBe('250000.00');
    expect(simulation.installments.at(-1)!.dueDate.toString()).toBe('2056-01-31');
  });
});

describe('creditIof', () => {
  it('caps the days at 365 (hand computation, 24 × 50.00 from 2026-01-10)', () => {
    // due dates 2026-02-10 … 2028-01-10; days 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365
    // (sum 2363), then twelve more installments capped at 365 (4380): 6743 installment-days
    //   0.38 % × 1200.00 = 4.56; 0.0082 % × 50.00 × 6743 = 27.6463; total 32.2063 → 32.21
    const start = BusinessDate.of(2026, 1, 10);
    const installments = simulateLoan(parseSimulationInput({ principal: '1200.00', termMonths: 24, monthlyRate: '0', system: 'PRICE' }, start)).installments;
    expect(creditIof(Money.parse('1200.00'), installments, start).toString()).toBe('32.21');
  });

  it('takes configured rates', () => {
    const start = BusinessDate.of(2026, 1, 15);
    const installments = simulate({}).installments;
    // 1 % flat only: 10.00
    expect(creditIof(Money.parse('1000.00'), installments, start, { flatPercent: new Decimal(1), dailyPercent: new Decimal(0), maxDays: 365 }).toString()).toBe(
      '10.00',
    );
  });
});

describe('effectiveTotalCost', () => {
  it('one payment a year later: 1000.00 released, 1100.00 paid in 365 days is 10 % a year', () => {
    // monthly: 1.1^(1/12) − 1 = 0.797414 % → 0.7974
    const start = BusinessDate.of(2026, 3, 1);
    const cet = effectiveTotalCost(Money.parse('1000.00'), [{ dueDate: start.addDays(365), payment: Money.parse('1100.00') }], start);
    expect([cet.annual.toFixed(4), cet.monthly.toFixed(4)]).toEqual(['10.0000', '0.7974']);
  });

  it('refuses flows no loan has: repaying less than released, or due on the release date', () => {
    const start = BusinessDate.of(2026, 3, 1);
    const cet = (released: string, days: number, payment: string) =>
      effectiveTotalCost(Money.parse(released), [{ dueDate: start.addDays(days), payment: Money.parse(payment) }], start);
    expect(() => cet('1000.00', 365, '999.99')).toThrow(RangeError);
    expect(() => cet('1000.00', 0, '1100.00')).toThrow(RangeError);
    expect(cet('1000.00', 365, '1000.00').annual.toFixed(4)).toBe('0.0000');
  });

  it.each(['PRICE', 'SAC'] as AmortizationSystem[])('%s: a lower release costs more', (system) => {
    const { installments, startDate } = simulate({ system });
    const cost = (released: string) => effectiveTotalCost(Money.parse(released), installments, startDate).annual;
    expect(cost('950.00').greaterThan(cost('991.26'))).toBe(true);
  });
});
