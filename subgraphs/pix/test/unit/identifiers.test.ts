import fc from 'fast-check';
import { generateEndToEndId, generateTxid, isValidEndToEndId, isValidTxid, parseEndToEndId, parseTxid } from '../../src/domain';
import { replay } from './fixtures';

describe('txid', () => {
  it('is generated as 25 letters and digits from the random source', () => {
    expect(generateTxid(replay(Array.from({ length: 25 }, (_, index) => index)))).toBe('ABCDEFGHIJKLMNOPQRSTUVWXY');
    expect(generateTxid(replay(Array.from({ length: 25 }, () => 61)))).toBe('9'.repeat(25));
  });

  it('generated, it is always valid', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 25, maxLength: 25 }), (draws) => {
        const txid = generateTxid(replay(draws));
        expect(txid).toMatch(/^[A-Za-z0-9]{25}$/);
        expect(parseTxid(txid)).toBe(txid);
      }),
    );
  });

  it('refuses a random source that draws outside its bound', () => {
    expect(() => generateTxid(() => 62)).toThrow(RangeError);
    expect(() => generateTxid(() => 0.5)).toThrow(RangeError);
  });

  it.each([['a'], ['PEDIDO42'], ['A'.repeat(25)], ['0123456789abcdefABCDEF']])('accepts %p', (txid) => {
    expect(isValidTxid(txid)).toBe(true);
    expect(parseTxid(txid)).toBe(txid);
  });

  it.each([[''], ['A'.repeat(26)], ['PEDIDO-42'], ['***'], ['pedido 42'], ['ação'], [42]])('refuses %p with BAD_USER_INPUT', (txid) => {
    expect(isValidTxid(txid)).toBe(false);
    expect(() => parseTxid(txid, 'charge.txid')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'charge.txid' }));
  });
});

describe('end-to-end id', () => {
  const at = new Date('2026-03-07T23:59:41.500Z');

  it('is E + ISPB + yyyyMMddHHmm in UTC + 11 letters or digits', () => {
    const id = generateEndToEndId('12345678', at, replay(Array.from({ length: 11 }, (_, index) => 26 + index)));
    expect(id).toBe('E12345678202603072359abcdefghijk');
    expect(id).toHaveLength(32);
  });

  it('reads the clock in UTC whatever the offset it was written with', () => {
    expect(generateEndToEndId('00000000', new Date('2026-01-01T01:30:00-03:00'), replay(Array(11).fill(0)))).toBe('E00000000202601010430AAAAAAAAAAA');
  });

  it('generated, it is always valid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
        (ispb, when, draws) => {
          expect(parseEndToEndId(generateEndToEndId(ispb, when, replay(draws)))).toMatch(/^E\d{20}[A-Za-z0-9]{11}$/);
        },
      ),
    );
  });

  it('refuses an ISPB that is not 8 digits', () => {
    expect(() => generateEndToEndId('1234567', at, replay([]))).toThrow(RangeError);
  });

  it.each([['E12345678202603072359abcdefghijk'], ['E00000000202402292359ABCDEFGHIJK'], ['E9999999920261231000000000000000']])('accepts %p', (id) => {
    expect(isValidEndToEndId(id)).toBe(true);
    expect(parseEndToEndId(id)).toBe(id);
  });

  it.each([
    ['a D prefix (devolution ids are not end-to-end ids)', 'D12345678202603072359abcdefghijk'],
    ['a lowercase prefix', 'e12345678202603072359abcdefghijk'],
    ['31 characters', 'E12345678202603072359abcdefghij'],
    ['33 characters', 'E12345678202603072359abcdefghijkl'],
    ['a symbol in the suffix', 'E12345678202603072359abcdefghi-k'],
    ['a letter in the ISPB', 'E1234567A202603072359abcdefghijk'],
    ['month 13', 'E12345678202613072359abcdefghijk'],
    ['29 February of a common year', 'E12345678202602291200abcdefghijk'],
    ['hour 24', 'E12345678202603072400abcdefghijk'],
    ['minute 60', 'E12345678202603072360abcdefghijk'],
    ['a number', 42],
  ])('refuses %s with BAD_USER_INPUT', (_, id) => {
    expect(isValidEndToEndId(id)).toBe(false);
    expect(() => parseEndToEndId(id)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'endToEndId' }));
  });
});
