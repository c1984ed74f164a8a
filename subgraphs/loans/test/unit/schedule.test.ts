import fc from 'fast-check';
import { Decimal, Money, BusinessDate } from '@bank/kernel';
import { buildSchedule, scheduleRows, tryScheduleRows, type AmortizationSystem, type ScheduleRow } from '../../src/domain';

const terms = (principal: string, termMonths: number, monthlyRate: string, system: AmortizationSystem) => ({
  principal: Money.parse(principal),
  termMonths,
  monthlyRate: new Decimal(monthlyRate),
  system,
});

/** "payment interest amortization balance" per row. */
const table = (rows: readonly ScheduleRow[]) => rows.map(({ payment, interest, amortization, balance }) => `${payment} ${interest} ${amortization} ${balance}`);

/** NBR 5891 on integers: numerator / denominator rounded half to even, computed with BigInt only. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/** The invariants every table keeps, checked in integer cents. */
function expectConsistent(rows: readonly ScheduleRow[], principal: Money) {
  let balance = principal.cents;
  rows.forEach((row, index) => {
    expect(row.number).toBe(index + 1);
    expect(row.payment.cents).toBe(row.interest.cents + row.amortization.cents);
    expect(row.amortization.cents).toBeGreaterThanOrEqual(0n);
    balance -= row.amortization.cents;
    expect(row.balance.cents).toBe(balance);
  });
  expect(balance).toBe(0n);
  expect(rows.reduce((sum, row) => sum + row.amortization.cents, 0n)).toBe(principal.cents);
}

describe('PRICE', () => {
  it('1000.00 at 1 % for 3 months, row by row as computed by hand', () => {
    // PMT = 1000 × 0.01 × 1.01³ / (1.01³ − 1) = 10.30301 / 0.030301 = 340.0221… → 340.02
    // 1: J = 1000.00 × 0.01 = 10.00;              A = 340.02 − 10.00 = 330.02; SD = 669.98
    // 2: J = 669.98 × 0.01 = 6.6998 → 6.70;       A = 340.02 − 6.70 = 333.32;  SD = 336.66
    // 3: J = 336.66 × 0.01 = 3.3666 → 3.37;       A = SD = 336.66 (closes);    payment = 340.03
    expect(table(scheduleRows(terms('1000.00', 3, '1', 'PRICE')))).toEqual([
      '340.02 10.00 330.02 669.98',
      '340.02 6.70 333.32 336.66',
      '340.03 3.37 336.66 0.00',
    ]);
  });

  it('keeps the level payment in every row but the last, which closes the balance', () => {
    const rows = scheduleRows(terms('25000.00', 48, '1.99', 'PRICE'));
    const level = rows[0]!.payment;
    expect(rows.slice(0, -1).every((row) => row.payment.equals(level))).toBe(true);
    expectConsistent(rows, Money.parse('25000.00'));
  });
});

describe('SAC', () => {
  it('1000.00 at 1 % for 3 months, row by row as computed by hand', () => {
    // A = 1000 / 3 = 333.333… → 333.33
    // 1: J = 1000.00 × 0.01 = 10.00;         payment = 343.33; SD = 666.67
    // 2: J = 666.67 × 0.01 = 6.6667 → 6.67;  payment = 340.00; SD = 333.34
    // 3: J = 333.34 × 0.01 = 3.3334 → 3.33;  A = SD = 333.34 (closes); payment = 336.67
    expect(table(scheduleRows(terms('1000.00', 3, '1', 'SAC')))).toEqual([
      '343.33 10.00 333.33 666.67',
      '340.00 6.67 333.33 333.34',
      '336.67 3.33 333.34 0.00',
    ]);
  });
});

describe('rate 0', () => {
  it.each(['PRICE', 'SAC'] as const)('%s gives principal / n, the last installment closing', (system) => {
    // 1000 / 3 = 333.333… → 333.33, 333.33, then 1000.00 − 666.66 = 333.34
    expect(table(scheduleRows(terms('1000.00', 3, '0', system)))).toEqual([
      '333.33 0.00 333.33 666.67',
      '333.33 0.00 333.33 333.34',
      '333.34 0.00 333.34 0.00',
    ]);
  });
});

describe('NBR 5891 ties (half to even, on the exact decimal)', () => {
  it('a tie on an even digit is kept: J = 1000.50 × 1 % = 10.005 → 10.00; PMT = 1000.50 × 1.01 = 1010.505 → 1010.50', () => {
    // half-up would give 10.01 and 1010.51
    expect(table(scheduleRows(terms('1000.50', 1, '1', 'PRICE')))).toEqual(['1010.50 10.00 1000.50 0.00']);
  });

  it('a tie on an odd digit is raised: J = 1001.50 × 1 % = 10.015 → 10.02', () => {
    // half-down would give 10.01
    expect(scheduleRows(terms('1001.50', 1, '1', 'PRICE'))[0]!.interest.toString()).toBe('10.02');
  });

  it('SAC A = 300.15 / 6 = 50.025 → 50.02 and 300.21 / 6 = 50.035 → 50.04', () => {
    // 300.15: five rows of 50.02 amortize 250.10, the last closes 50.05
    expect(scheduleRows(terms('300.15', 6, '0', 'SAC')).map((row) => row.amortization.toString())).toEqual([
      '50.02',
      '50.02',
      '50.02',
      '50.02',
      '50.02',
      '50.05',
    ]);
    expect(scheduleRows(terms('300.21', 6, '0', 'SAC'))[0]!.amortization.toString()).toBe('50.04');
  });
});

describe('a 360-month loan', () => {
  const principal = Money.parse('300000.00');

  it('PRICE: every row consistent, balance 0 at the end, amortizations add up to the principal', () => {
    const rows = scheduleRows(terms('300000.00', 360, '0.99', 'PRICE'));
    expect(rows).toHaveLength(360);
    // PMT = 300000 × 0.0099 / (1 − 1.0099^−360) = 3058.1546… → 3058.15 (60-digit Python decimal)
    // 1: J = 300000.00 × 0.0099 = 2970.00;                A = 88.15; SD = 299911.85
    // 2: J = 299911.85 × 0.0099 = 2969.127315 → 2969.13;  A = 89.02; SD = 299822.83
    expect(table(rows.slice(0, 2))).toEqual(['3058.15 2970.00 88.15 299911.85', '3058.15 2969.13 89.02 299822.83']);
    expectConsistent(rows, principal);
  });

  it('SAC: A = 300000 / 360 = 833.333… → 833.33; the last amortizes 300000 − 359 × 833.33 = 834.53', () => {
    const rows = scheduleRows(terms('300000.00', 360, '0.99', 'SAC'));
    expect(rows[0]!.interest.toString()).toBe('2970.00');
    expect(rows[0]!.payment.toString()).toBe('3803.33');
    expect(rows.at(-1)!.amortization.toString()).toBe('834.53');
    expectConsistent(rows, principal);
  });
});

describe('every table (property)', () => {
  const anyTerms = fc.record({
    principalCents: fc.bigInt({ min: 10_000n, max: 1_000_000_000n }),
    termMonths: fc.integer({ min: 1, max: 420 }),
    rateTenThousandths: fc.integer({ min: 0, max: 200_000 }), // percent with 4 decimals, 0 to 20
    system: fc.constantFrom<AmortizationSystem>('PRICE', 'SAC'),
  });

  it('rounds each interest from the rounded previous balance, and closes to the cent', () => {
    fc.assert(
      fc.property(anyTerms, ({ principalCents, termMonths, rateTenThousandths, system }) => {
        const principal = Money.fromCents(principalCents);
        const monthlyRate = new Decimal(rateTenThousandths).dividedBy(10_000);
        const rows = tryScheduleRows({ principal, termMonths, monthlyRate, system });
        if (rows === undefined) return; // refused tables are covered below
        expectConsistent(rows, principal);
        let previous = principalCents;
        for (const row of rows) {
          // i = rate / 100 = rateTenThousandths / 10⁶: J_k = SD_{k−1} × i in integer cents, half to even
          expect(row.interest.cents).toBe(divideHalfEven(previous * BigInt(rateTenThousandths), 1_000_000n));
          previous = row.balance.cents;
        }
        if (termMonths === 1) return; // a single installment is all closing
        if (system === 'SAC' || rateTenThousandths === 0) {
          expect(rows[0]!.amortization.cents).toBe(divideHalfEven(principalCents, BigInt(termMonths)));
        } else {
          const i = rateTenThousandths / 1_000_000;
          const exactPmtCents = (Number(principalCents) * i) / (1 - (1 + i) ** -termMonths);
          expect(Math.abs(Number(rows[0]!.payment.cents) - exactPmtCents)).toBeLessThanOrEqual(0.5 + 1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('tables the rounding cannot close', () => {
  it('are refused on termMonths: SAC 100.00 in 420 months amortizes 0.24 a month, 419 × 0.24 = 100.56 > 100.00', () => {
    expect(tryScheduleRows(terms('100.00', 420, '0', 'SAC'))).toBeUndefined();
    expect(() => scheduleRows(terms('100.00', 420, '1', 'SAC'))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'termMonths' }));
  });
});

describe('due dates', () => {
  it('fall on the start day k months later, clamped, always counted from the start date', () => {
    const from2027 = buildSchedule({ ...terms('1000.00', 4, '1', 'PRICE'), startDate: BusinessDate.of(2027, 1, 31) });
    expect(from2027.map((row) => row.dueDate.toString())).toEqual(['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
    const from2028 = buildSchedule({ ...terms('1000.00', 2, '1', 'SAC'), startDate: BusinessDate.of(2028, 1, 31) });
    expect(from2028.map((row) => row.dueDate.toString())).toEqual(['2028-02-29', '2028-03-31']);
  });
});
