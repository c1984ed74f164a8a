import { AMOUNT_CEILINGS, ceilingOf, Money, parseAmountFor, withinCeiling } from '../src';

describe('amount ceilings: one table, operation → most BRL one request may carry', () => {
  it('accepts the ceiling and refuses a cent more, naming the field', () => {
    expect(parseAmountFor('PIX_SEND', AMOUNT_CEILINGS.PIX_SEND).toString()).toBe(AMOUNT_CEILINGS.PIX_SEND);
    const over = ceilingOf('PIX_SEND').add(Money.fromCents(1)).toString();
    expect(() => parseAmountFor('PIX_SEND', over, 'input.amount')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.amount' }));
    expect(() => parseAmountFor('PIX_SEND', '999999999999999.99')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }));
  });

  it('still refuses what is not a positive amount', () => {
    expect(() => parseAmountFor('DEPOSIT', '0.00')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => withinCeiling('CARD_LIMIT', Money.parse('1000000.01'), 'limits.daily')).toThrow(expect.objectContaining({ field: 'limits.daily' }));
  });

  it('keeps what loans and insurance ask Pix to charge under the charge ceiling', () => {
    // A one-month loan at the highest rate (20 % a month) is one installment of principal × 1.2.
    expect(ceilingOf('LOAN_PRINCIPAL').times('1.2').greaterThan(ceilingOf('PIX_CHARGE'))).toBe(false);
    expect(ceilingOf('PIX_CHARGE').greaterThan(ceilingOf('PIX_CODE_PAYMENT'))).toBe(false);
  });
});
