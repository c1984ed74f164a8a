import { describe, expect, it } from 'vitest';
import { formatBRL } from '../../lib/format';
import { authorizationStatus, formatExpiry, groupedNumber, limitText, maskedNumber, monthOf, parseLimits, spendingBars } from './cards';

describe('a card as the screen shows it', () => {
  it('prints the expiry as MM/YY and the number masked to its last four digits, or grouped by four once revealed', () => {
    expect(formatExpiry(3, 2031)).toBe('03/31');
    expect(formatExpiry(12, 2030)).toBe('12/30');
    expect(formatExpiry(1, 2105)).toBe('01/05');
    expect(maskedNumber('0421')).toBe('•••• 0421');
    expect(groupedNumber('5399841234567890')).toBe('5399 8412 3456 7890');
  });

  it('says what became of an authorization, with the decline reason in Portuguese', () => {
    expect(authorizationStatus({ status: 'DECLINED', declineReason: 'CARD_BLOCKED', clearing: null })).toBe('Recusada: cartão bloqueado');
    expect(authorizationStatus({ status: 'DECLINED', declineReason: 'ACCOUNT_BLOCKED', clearing: null })).toBe('Recusada: conta bloqueada');
    expect(authorizationStatus({ status: 'APPROVED', declineReason: null, clearing: 'AUTHORIZED' })).toBe('Aprovada · Pendente');
    expect(authorizationStatus({ status: 'APPROVED', declineReason: null, clearing: 'CAPTURED' })).toBe('Aprovada · Confirmada');
  });

  it('reports the current month in UTC, as the API counts it', () => {
    expect(monthOf(new Date('2026-03-31T23:30:00-03:00'))).toBe('2026-04');
    expect(monthOf(new Date('2026-03-02T12:00:00Z'))).toBe('2026-03');
  });
});

describe('the spending chart', () => {
  it('draws one bar per category, largest first, labelled with the exact amount in reais', () => {
    const bars = spendingBars(
      [
        { category: 'RESTAURANTS', total: '64.90', count: 1 },
        { category: 'GROCERIES', total: '1187.45', count: 3 },
        { category: 'PHARMACY', total: '32.80', count: 1 },
      ],
      formatBRL,
    );
    expect(bars.map(({ category, label, count }) => [category, label, count])).toEqual([
      ['Supermercado', 'R$\u00a01.187,45', 3],
      ['Restaurantes', 'R$\u00a064,90', 1],
      ['Farmácia', 'R$\u00a032,80', 1],
    ]);
    expect(bars[0]?.total).toBe(1187.45);
  });

  it('has no bars for a month without purchases', () => {
    expect(spendingBars([], formatBRL)).toEqual([]);
  });
});

describe('the limits form', () => {
  it('takes amounts in reais, an empty field meaning no limit', () => {
    expect(parseLimits({ perTransaction: '500', daily: '1.500,00', monthly: '' })).toEqual({
      ok: true,
      value: { perTransaction: '500.00', daily: '1500.00', monthly: null },
    });
  });

  it('names the field it refuses as the API does, so the message shows beside it', () => {
    expect(parseLimits({ perTransaction: 'quinhentos', daily: '', monthly: '0' })).toEqual({
      ok: false,
      errors: { 'limits.perTransaction': 'Informe um valor em reais, como 1.234,56', 'limits.monthly': 'O valor deve ser maior que zero' },
    });
  });

  it('shows a limit for editing with a decimal comma', () => {
    expect(limitText('1500.00')).toBe('1500,00');
    expect(limitText(null)).toBe('');
  });
});
