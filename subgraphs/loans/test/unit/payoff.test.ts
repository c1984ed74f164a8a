import { Decimal, Money, BusinessDate } from '@bank/kernel';
import { payoffQuote, simulateLoan, type LoanInstallment } from '../../src/domain';

// PRICE 1000.00 at 1 % for 3 months from 2026-01-15: 340.02 on 02-15, 340.02 on 03-15, 340.03 on 04-15
const start = BusinessDate.of(2026, 1, 15);
const rate = new Decimal(1);
const installments: LoanInstallment[] = simulateLoan({
  principal: Money.parse('1000.00'),
  termMonths: 3,
  monthlyRate: rate,
  system: 'PRICE',
  startDate: start,
}).installments.map((row) => ({ ...row, paid: null }));
const lines = (on: BusinessDate, rows = installments) => payoffQuote(rows, rate, on).lines.map((line) => `${line.number} ${line.status} ${line.amount}`);

describe('payoffQuote (PV = payment / 1.01^(days/30), overdue lines at what they owe)', () => {
  it('on the release date is worth about the principal, well below the installments left', () => {
    // 340.02 / 1.01^(31/30) = 336.5418…; 340.02 / 1.01^(59/30) = 333.4308…; 340.03 / 1.01^(90/30) = 330.0298…
    // (checked with Python's decimal at 50 digits)
    expect(lines(start)).toEqual(['1 PENDING 336.54', '2 PENDING 333.43', '3 PENDING 330.03']);
    const quote = payoffQuote(installments, rate, start);
    expect(quote.amount.toString()).toBe('1000.00');
    expect(quote.scheduled.toString()).toBe('1020.07');
    expect(quote.amount.lessThan(quote.scheduled)).toBe(true);
  });

  it('skips paid installments and does not discount one due on the quote date', () => {
    const firstPaid = installments.map((row) => (row.number === 1 ? { ...row, paid: { on: row.dueDate, amount: row.payment } } : row));
    // 340.03 / 1.01^(31/30) = 336.5517…
    expect(lines(BusinessDate.of(2026, 3, 15), firstPaid)).toEqual(['2 PENDING 340.02', '3 PENDING 336.55']);
  });

  it('charges overdue lines their late amount', () => {
    // on 2026-03-17: #1 is 30 days late: 340.02 × 1.03 = 350.2206; #2 is 2 days late: 340.02 × (1.02 + 0.02/30) = 347.04708;
    // #3 is 29 days away: 340.03 / 1.01^(29/30) = 336.7750…
    const on = BusinessDate.of(2026, 3, 17);
    expect(lines(on)).toEqual(['1 OVERDUE 350.22', '2 OVERDUE 347.05', '3 PENDING 336.78']);
    expect(payoffQuote(installments, rate, on).amount.toString()).toBe('1034.05');
  });

  it('at rate 0 is the sum of the installments left', () => {
    expect(payoffQuote(installments, new Decimal(0), start).amount.toString()).toBe('1020.07');
  });
});
