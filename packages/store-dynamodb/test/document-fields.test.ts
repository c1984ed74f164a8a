import { Money } from '@bank/kernel';
import { documentFields } from '../src';

const { instant, amount, toInstant, fromInstant, fromAmount } = documentFields;

describe('documentFields', () => {
  it('writes an instant as an ISO 8601 UTC string and reads it back', () => {
    const at = new Date('2025-03-01T12:34:56.789Z');

    expect(toInstant(at)).toBe('2025-03-01T12:34:56.789Z');
    expect(fromInstant(instant.parse(toInstant(at)))).toEqual(at);
    expect(instant.safeParse('2025-03-01 12:34').success).toBe(false);
  });

  it('reads an amount from its decimal string, to the cent', () => {
    const price = Money.parse('1234.56');

    expect(fromAmount(amount.parse(price.toString()))).toEqual(price);
    expect(amount.safeParse(1234.56).success).toBe(false);
  });
});
