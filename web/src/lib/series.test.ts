import { describe, expect, it } from 'vitest';
import { amortizationSeries, balanceSeries } from './series';

describe('chart series', () => {
  it('orders the balance after each entry oldest first, as numbers', () => {
    const series = balanceSeries([
      { postedAt: '2026-03-02T10:00:00Z', balanceAfter: '64.10' },
      { postedAt: '2026-03-01T10:00:00Z', balanceAfter: '100.00' },
    ]);
    expect(series).toEqual([
      { at: Date.parse('2026-03-01T10:00:00Z'), balance: 100 },
      { at: Date.parse('2026-03-02T10:00:00Z'), balance: 64.1 },
    ]);
  });

  it('turns a schedule into amortization, interest and balance per installment', () => {
    expect(amortizationSeries([{ number: 1, interest: '199.00', amortization: '745.60', balance: '9254.40' }])).toEqual([
      { number: 1, interest: 199, amortization: 745.6, balance: 9254.4 },
    ]);
  });
});
