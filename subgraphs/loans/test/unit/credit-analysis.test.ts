import { Money } from '@bank/kernel';
import { analyseCredit, type AmortizationSystem } from '../../src/domain';

const application = (monthlyIncome: string, principal = '1000.00', termMonths = 1, system: AmortizationSystem = 'PRICE') => ({
  principal: Money.parse(principal),
  termMonths,
  system,
  monthlyIncome: Money.parse(monthlyIncome),
});

describe('analyseCredit', () => {
  // 1000.00 in one installment: P × (1 + i) = 1014.90 at 1.49 %, 1019.90 at 1.99 %, 1024.90 at 2.49 %
  it.each([
    ['10149.00', '1.49', '1014.90', '10.00'], // 1014.90 is exactly 10 % of 10149.00: "up to" includes it
    ['10148.99', '1.99', '1019.90', '10.05'], // 1014.90 > 10 %; 1019.90 / 10148.99 = 10.049… %
    ['5099.50', '1.99', '1019.90', '20.00'], // exactly 20 %
    ['5099.49', '2.49', '1024.90', '20.10'], // 1019.90 > 20 %; 1024.90 / 5099.49 = 20.098… %
    ['3416.34', '2.49', '1024.90', '30.00'], // 30 % × 3416.34 = 1024.902 ≥ 1024.90
  ])('income %s → %s %% a month (installment %s, %s %% of income)', (income, rate, installment, share) => {
    const decision = analyseCredit(application(income));
    expect(decision).toEqual(expect.objectContaining({ outcome: 'APPROVED' }));
    if (decision.outcome !== 'APPROVED') return;
    expect([decision.monthlyRate.toFixed(2), decision.installment.toString(), decision.incomeSharePercent.toFixed(2)]).toEqual([rate, installment, share]);
  });

  it('rejects when the installment at 2.49 % exceeds 30 % of income (30 % × 3416.33 = 1024.899 < 1024.90)', () => {
    const decision = analyseCredit(application('3416.33'));
    expect(decision).toEqual({
      outcome: 'REJECTED',
      reason: 'The installment of 1024.90 at 2.49 % a month exceeds 30 % of the monthly income of 3416.33.',
    });
  });

  it('measures SAC by its largest (first) installment: 1200.00 / 12 = 100.00 + J_1 = 1200.00 × 1.49 % = 17.88', () => {
    const decision = analyseCredit(application('1178.80', '1200.00', 12, 'SAC'));
    expect(decision).toEqual(expect.objectContaining({ outcome: 'APPROVED' }));
    expect(decision.outcome === 'APPROVED' && [decision.monthlyRate.toFixed(2), decision.installment.toString()]).toEqual(['1.49', '117.88']);
    expect(analyseCredit(application('1178.79', '1200.00', 12, 'SAC'))).toEqual(
      expect.objectContaining({ outcome: 'APPROVED', installment: Money.parse('123.88') }), // 100.00 + 1200.00 × 1.99 % (23.88)
    );
  });

  it('rejects a table that cannot be built at any tier', () => {
    const decision = analyseCredit(application('1000000.00', '100.00', 420, 'SAC'));
    expect(decision).toEqual({ outcome: 'REJECTED', reason: '420 installments at 2.49 % a month cannot repay 100.00 to the cent.' });
  });

  it('is deterministic', () => {
    expect(analyseCredit(application('5099.49'))).toEqual(analyseCredit(application('5099.49')));
  });
});
