import fc from 'fast-check';
import { Cnpj, isValidCnpj } from '../src/documents';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const numericBase = fc.stringMatching(/^\d{12}$/).filter((base) => !/^(\d)\1{11}$/.test(base));
const alphanumericBase = fc.stringMatching(/^[0-9A-Z]{12}$/).filter((base) => !/^(\d)\1{11}$/.test(base));
const valueOf = (character: string): number => character.charCodeAt(0) - 48;

const replaceAt = (text: string, position: number, character: string): string => text.slice(0, position) + character + text.slice(position + 1);

describe('Cnpj.parse', () => {
  it.each([
    ['11.222.333/0001-81', '11222333000181'],
    ['11222333000181', '11222333000181'],
    ['00.000.000/0001-91', '00000000000191'],
    ['33.000.167/0001-01', '33000167000101'],
    ['12.ABC.345/01DE-35', '12ABC34501DE35'],
    ['12ABC34501DE35', '12ABC34501DE35'],
    ['12.abc.345/01de-35', '12ABC34501DE35'],
    ['AB.CDE.FGH/IJKL-80', 'ABCDEFGHIJKL80'],
    ['A1B2C3D4E5F668', 'A1B2C3D4E5F668'],
  ])('accepts %p as %p', (input, bare) => {
    const cnpj = Cnpj.parse(input);
    expect(cnpj.value).toBe(bare);
    expect(cnpj.kind).toBe('CNPJ');
    expect(isValidCnpj(input)).toBe(true);
  });

  it.each([
    ['too short', '11.222.333/0001-8', /must have 14 characters; got 13/],
    ['too long', '112223330001810', /must have 14 characters; got 15/],
    ['symbols', '11.222.333/0001_81', /only digits and letters/],
    ['accented letters', '12.ÁBC.345/01DE-35', /only digits and letters/],
    ['letters in the check digits', '12.ABC.345/01DE-3A', /two numeric check digits/],
    ['zeros', '00.000.000/0000-00', /repeated digit/],
    ['ones', '11111111111111', /repeated digit/],
    ['wrong first check digit', '11.222.333/0001-91', /wrong check digits/],
    ['wrong second check digit', '11.222.333/0001-82', /wrong check digits/],
    ['wrong alphanumeric check digits', '12.ABC.345/01DE-53', /wrong check digits/],
    ['a changed letter', '12.ABD.345/01DE-35', /wrong check digits/],
    ['a number', 11222333000181, /must be a string/],
  ])('refuses %s with BAD_USER_INPUT naming the field and the reason', (_, input, reason) => {
    expect(() => Cnpj.parse(input, 'receiver.cnpj')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'receiver.cnpj' }));
    expect(() => Cnpj.parse(input, 'receiver.cnpj')).toThrow(reason);
    expect(isValidCnpj(input)).toBe(false);
  });

  it('formats with the mask, letters included', () => {
    expect(Cnpj.parse('11222333000181').formatted()).toBe('11.222.333/0001-81');
    expect(Cnpj.parse('12abc34501de35').formatted()).toBe('12.ABC.345/01DE-35');
    expect(JSON.stringify(Cnpj.parse('12ABC34501DE35'))).toBe('"12ABC34501DE35"');
  });
});

describe('Cnpj.withCheckDigits', () => {
  it('computes the official alphanumeric example', () => {
    expect(Cnpj.withCheckDigits('12ABC34501DE')).toBe('12ABC34501DE35');
    expect(Cnpj.withCheckDigits('112223330001')).toBe('11222333000181');
  });

  it('refuses a base that is not twelve characters 0-9 or A-Z', () => {
    expect(() => Cnpj.withCheckDigits('12abc34501de')).toThrow(RangeError);
  });

  it('any base, numeric or alphanumeric, with its computed check digits parses, masked or bare', () => {
    fc.assert(
      fc.property(fc.oneof(numericBase, alphanumericBase), (base) => {
        const cnpj = Cnpj.parse(Cnpj.withCheckDigits(base));
        expect(Cnpj.parse(cnpj.formatted()).value).toBe(cnpj.value);
      }),
    );
  });

  it('changing a check digit breaks it', () => {
    fc.assert(
      fc.property(alphanumericBase, fc.integer({ min: 12, max: 13 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const cnpj = Cnpj.withCheckDigits(base);
        expect(isValidCnpj(replaceAt(cnpj, position, String((Number(cnpj[position]) + shift) % 10)))).toBe(false);
      }),
    );
  });

  // Remainders 0 and 1 both give the digit 0, so a change moving both remainders between 0 and 1 goes unnoticed.
  it('changing one digit of a numeric base breaks it unless the 0/1 fold hides it (check digits 00)', () => {
    fc.assert(
      fc.property(numericBase, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const cnpj = Cnpj.withCheckDigits(base);
        if (isValidCnpj(replaceAt(cnpj, position, String((Number(cnpj[position]) + shift) % 10)))) expect(cnpj.slice(12)).toBe('00');
      }),
      { numRuns: 2_000 },
    );
  });

  // With letters the values span 0..42, so swapping characters whose values differ by 11, 22 or 33
  // (0 ↔ F ↔ Q, 2 ↔ H, 6 ↔ A ↔ L) leaves every weighted sum unchanged mod 11: the alphanumeric scheme cannot see it.
  it('changing one character of an alphanumeric base breaks it unless the values differ by a multiple of 11 or the fold hides it', () => {
    fc.assert(
      fc.property(alphanumericBase, fc.integer({ min: 0, max: 11 }), fc.constantFrom(...ALPHANUMERIC), (base, position, character) => {
        const cnpj = Cnpj.withCheckDigits(base);
        const original = cnpj[position] ?? '';
        fc.pre(character !== original);
        if (isValidCnpj(replaceAt(cnpj, position, character))) {
          const undetectable = (valueOf(character) - valueOf(original)) % 11 === 0 || cnpj.slice(12) === '00';
          expect(undetectable).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['12ABC34501DE35', '1HABC34501DE35'],
    ['A1B2C3D4E5F668', 'L1B2C3D4E5F668'],
    ['10000017000100', '30000017000100'],
  ])('%p and %p, one character apart, both pass', (cnpj, oneCharacterAway) => {
    expect(isValidCnpj(cnpj)).toBe(true);
    expect(isValidCnpj(oneCharacterAway)).toBe(true);
  });
});
