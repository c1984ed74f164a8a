import { describe, expect, it } from 'vitest';
import { parseLimits } from './pix-limits';

describe('the Pix limits form', () => {
  it('sends only the limits filled in, as decimals', () => {
    expect(parseLimits({ perTransaction: '100,00', daily: '', nightly: '1.500' })).toEqual({
      errors: { fields: {}, form: [] },
      values: { perTransaction: '100.00', nightly: '1500.00' },
    });
  });

  it('refuses beside its field an amount it cannot read, and an empty form', () => {
    expect(parseLimits({ perTransaction: '', daily: 'muito', nightly: '' })).toEqual({
      errors: { fields: { daily: 'Informe um valor em reais, como 1.234,56' }, form: [] },
      values: null,
    });
    expect(parseLimits({ perTransaction: ' ', daily: '', nightly: '' }).errors.fields).toEqual({ perTransaction: 'Informe ao menos um limite' });
  });
});
