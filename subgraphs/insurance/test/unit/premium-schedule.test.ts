import { BusinessDate, Money } from '@bank/kernel';
import fc from 'fast-check';
import { cancelPolicy, installmentDueOn, installmentToCharge, nextInstallment, oneYearLater, payInstallment, type ActivePolicy } from '../../src/domain';
import { activePolicy, PAID_AT, pendingPolicy } from './fixtures';

const date = (text: string) => BusinessDate.parse(text, 'date');
const LEAD_DAYS = 10;
const chargeAt = (policy: Parameters<typeof installmentToCharge>[0], charged: number, now: string) =>
  installmentToCharge(policy, charged, { now: new Date(now), leadDays: LEAD_DAYS });

describe('the due date of an installment', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-03-30', 1, '2025-04-30'],
    ['2025-06-16', 7, '2026-01-16'],
    ['2025-12-31', 11, '2026-11-30'],
  ])('%s plus %i months is %s (same day, or the month’s last)', (from, months, expected) => {
    expect(date(from).addMonthsClamped(months).toString()).toBe(expected);
  });

  it('is the Brasília activation date k − 1 months on: installment 1 on the day itself, 12 eleven months later', () => {
    // 01:00 UTC on 1 February is still 31 January in Brasília
    const activatedAt = new Date('2025-02-01T01:00:00Z');
    expect([1, 2, 3, 12].map((installment) => installmentDueOn(activatedAt, installment).toString())).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-12-31',
    ]);
  });

  it('always falls within the one-year term, one month after the previous one at most', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 2, max: 12 }),
        (activatedAt, k) => {
          const due = installmentDueOn(activatedAt, k);
          const previous = installmentDueOn(activatedAt, k - 1);
          expect(due.isAfter(previous)).toBe(true);
          expect(due.toString().slice(0, 7)).toBe(previous.addMonthsClamped(1).toString().slice(0, 7));
          expect(due.isBefore(BusinessDate.fromInstant(oneYearLater(activatedAt)))).toBe(true);
        },
      ),
    );
  });
});

describe('charging the later installments', () => {
  const inThree = activePolicy(undefined, 3);

  it('charges installment 2 from 10 days before it falls due (2025-07-16), not earlier', () => {
    expect(chargeAt(inThree, 1, '2025-07-06T02:59:59Z')).toBeNull(); // 5 July, 23:59 in Brasília
    expect(chargeAt(inThree, 1, '2025-07-06T03:00:00Z')).toEqual({ installment: 2, dueOn: date('2025-07-16'), amount: inThree.installments.amount });
  });

  it('charges installment 3 once 2 is charged, one month after it, and nothing once all are', () => {
    expect(chargeAt(inThree, 2, '2025-08-05T15:00:00Z')).toBeNull();
    expect(chargeAt(inThree, 2, '2025-08-06T15:00:00Z')).toMatchObject({ installment: 3, dueOn: date('2025-08-16') });
    expect(chargeAt(inThree, 3, '2026-01-01T15:00:00Z')).toBeNull();
    expect(nextInstallment(inThree, 3)).toBeNull();
  });

  it('charges nothing on a policy paid in one installment, pending, cancelled or past its term', () => {
    const cancelled = cancelPolicy(inThree, { at: new Date('2025-07-01T15:00:00Z'), reason: 'sold the car' }).state;
    expect(chargeAt(activePolicy(), 1, '2025-07-10T15:00:00Z')).toBeNull();
    expect(chargeAt(pendingPolicy(undefined, 3), 1, '2025-07-10T15:00:00Z')).toBeNull();
    expect(chargeAt(cancelled, 1, '2025-07-10T15:00:00Z')).toBeNull();
    expect(chargeAt(inThree, 1, '2026-06-16T15:00:00Z')).toBeNull();
  });
});

describe('paying a later installment', () => {
  const inThree: ActivePolicy = activePolicy(undefined, 3);

  it('adds it to what has been paid, up to the total premium', () => {
    const second = payInstallment(inThree, { installment: 2, amountPaid: inThree.installments.amount });
    const third = payInstallment(second, { installment: 3, amountPaid: inThree.installments.amount });
    expect([inThree.premiumPaid, second.premiumPaid, third.premiumPaid].map(String)).toEqual(['749.17', '1498.34', '2247.51']);
    expect(third.premiumPaid.equals(inThree.totalPremium)).toBe(true);
    expect(third.activatedAt).toEqual(PAID_AT);
  });

  it('refuses a wrong amount, an installment the plan lacks, and a policy that is not ACTIVE', () => {
    const unprocessable = expect.objectContaining({ code: 'UNPROCESSABLE' });
    expect(() => payInstallment(inThree, { installment: 2, amountPaid: Money.parse('1.00') })).toThrow(unprocessable);
    expect(() => payInstallment(inThree, { installment: 4, amountPaid: inThree.installments.amount })).toThrow(unprocessable);
    expect(() => payInstallment(inThree, { installment: 1, amountPaid: inThree.installments.amount })).toThrow(unprocessable);
    expect(() => payInstallment(pendingPolicy(undefined, 3), { installment: 2, amountPaid: inThree.installments.amount })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});
