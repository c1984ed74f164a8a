import { Decimal, Money, BusinessDate } from '@bank/kernel';
import { amountOwed, daysLate, installmentStatus, latePaymentPolicy, type LoanInstallment } from '../../src/domain';

const due = BusinessDate.of(2026, 2, 15);
const installment = (payment: string, paid: LoanInstallment['paid'] = null): LoanInstallment => ({
  number: 1,
  dueDate: due,
  payment: Money.parse(payment),
  interest: Money.ZERO,
  amortization: Money.parse(payment),
  balance: Money.ZERO,
  paid,
});

describe('installmentStatus', () => {
  it('is PENDING up to and on the due date, OVERDUE from the next day, PAID once paid', () => {
    expect(installmentStatus(installment('340.02'), due.addDays(-1))).toBe('PENDING');
    expect(installmentStatus(installment('340.02'), due)).toBe('PENDING');
    expect(installmentStatus(installment('340.02'), due.addDays(1))).toBe('OVERDUE');
    expect(installmentStatus(installment('340.02', { on: due, amount: Money.parse('340.02') }), due.addDays(9))).toBe('PAID');
  });
});

describe('amountOwed (fine 2 % + 1 % a month pro rata die over 30-day months)', () => {
  it.each([
    ['2026-02-10', 0, '340.02'], // before the due date
    ['2026-02-15', 0, '340.02'], // on it
    ['2026-02-16', 1, '346.93'], // 340.02 × (1.02 + 0.01 × 1/30) = 346.8204 + 0.11334 = 346.93374
    ['2026-03-02', 15, '348.52'], // 340.02 × (1.02 + 0.005) = 348.5205
    ['2026-03-17', 30, '350.22'], // 340.02 × 1.03 = 350.2206
    ['2026-05-16', 90, '357.02'], // 340.02 × 1.05 = 357.021
  ])('paid on %s (%i days late) owes %s', (on, days, owed) => {
    const date = BusinessDate.parse(on);
    expect(daysLate(installment('340.02'), date)).toBe(days);
    expect(amountOwed(installment('340.02'), date).toString()).toBe(owed);
  });

  it('sees an exact half cent as a tie: 45.00 × (1.02 + 0.01 × 1/30) = 45.9 + 0.015 = 45.915 → 45.92', () => {
    // dividing by 30 first leaves 45.91499…9 at 60 digits, which would round down to 45.91
    expect(amountOwed(installment('45.00'), due.addDays(1)).toString()).toBe('45.92');
  });

  it('takes a configured policy and refuses a fine above the legal 2 %', () => {
    const lenient = latePaymentPolicy({ finePercent: '0', monthlyInterestPercent: '0.5' });
    expect(amountOwed(installment('300.00'), due.addDays(30), lenient).toString()).toBe('301.50');
    expect(lenient.finePercent).toEqual(new Decimal(0));
    expect(() => latePaymentPolicy({ finePercent: '2.01', monthlyInterestPercent: '1' })).toThrow(RangeError);
    expect(() => latePaymentPolicy({ finePercent: '2', monthlyInterestPercent: '-1' })).toThrow(RangeError);
  });
});
