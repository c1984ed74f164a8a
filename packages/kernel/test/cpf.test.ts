import fc from 'fast-check';
import { Cpf, isValidCpf } from '../src/documents';

const cpfBase = fc.stringMatching(/^\d{9}$/).filter((base) => !/^(\d)\1{8}$/.test(base));

describe('Cpf.parse', () => {
  it.each([
    ['529.982.247-25', '52998224725'],
    ['52998224725', '52998224725'],
    ['111.444.777-35', '11144477735'],
    ['123.456.789-09', '12345678909'],
    [' 123.456.789-09 ', '12345678909'],
    ['123456789-09', '12345678909'],
  ])('accepts %p as %p', (input, bare) => {
    const cpf = Cpf.parse(input);
    expect(cpf.value).toBe(bare);
    expect(cpf.kind).toBe('CPF');
    expect(isValidCpf(input)).toBe(true);
  });

  it.each([
    ['too short', '529.982.247-2', /must have 11 digits; got 10/],
    ['too long', '529982247250', /must have 11 digits; got 12/],
    ['letters', '529.982.247-2X', /only digits/],
    ['inner blanks', '529 982 247 25', /only digits/],
    ['empty', '', /must have 11 digits; got 0/],
    ['zeros', '000.000.000-00', /repeated digit/],
    ['ones', '111.111.111-11', /repeated digit/],
    ['nines', '99999999999', /repeated digit/],
    ['wrong first check digit', '529.982.247-35', /wrong check digits/],
    ['wrong second check digit', '529.982.247-26', /wrong check digits/],
    ['swapped digits', '259.982.247-25', /wrong check digits/],
    ['a number', 52998224725, /must be a string/],
    ['null', null, /must be a string/],
  ])('refuses %s with BAD_USER_INPUT naming the field and the reason', (_, input, reason) => {
    expect(() => Cpf.parse(input, 'payer.cpf')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'payer.cpf' }));
    expect(() => Cpf.parse(input, 'payer.cpf')).toThrow(reason);
    expect(() => Cpf.parse(input, 'payer.cpf')).toThrow(/^payer\.cpf /);
    expect(isValidCpf(input)).toBe(false);
  });

  it('formats with the mask and prints bare', () => {
    const cpf = Cpf.parse('52998224725');
    expect(cpf.formatted()).toBe('529.982.247-25');
    expect(String(cpf)).toBe('52998224725');
    expect(JSON.stringify({ cpf })).toBe('{"cpf":"52998224725"}');
    expect(cpf.equals(Cpf.parse('529.982.247-25'))).toBe(true);
  });
});

describe('Cpf.withCheckDigits', () => {
  it('computes the documented examples', () => {
    expect(Cpf.withCheckDigits('529982247')).toBe('52998224725');
    expect(Cpf.withCheckDigits('123456789')).toBe('12345678909');
  });

  it('refuses a base that is not nine digits', () => {
    expect(() => Cpf.withCheckDigits('12345678')).toThrow(RangeError);
  });

  it('any base with its computed check digits parses, masked or bare', () => {
    fc.assert(
      fc.property(cpfBase, (base) => {
        const cpf = Cpf.parse(Cpf.withCheckDigits(base));
        expect(Cpf.parse(cpf.formatted()).value).toBe(cpf.value);
      }),
    );
  });

  it('changing a check digit breaks it', () => {
    fc.assert(
      fc.property(cpfBase, fc.integer({ min: 9, max: 10 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const cpf = Cpf.withCheckDigits(base);
        const changed = cpf.slice(0, position) + ((Number(cpf[position]) + shift) % 10) + cpf.slice(position + 1);
        expect(isValidCpf(changed)).toBe(false);
      }),
    );
  });

  // Mod 11 yields eleven remainders for ten digits: remainder 10 is written 0, so a change that moves a
  // remainder between 0 and 10 goes unnoticed. Every other one-digit change of the base is caught.
  it('changing one base digit breaks it unless the 10 → 0 fold hides it (first check digit 0)', () => {
    fc.assert(
      fc.property(cpfBase, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const cpf = Cpf.withCheckDigits(base);
        const changed = cpf.slice(0, position) + ((Number(cpf[position]) + shift) % 10) + cpf.slice(position + 1);
        if (isValidCpf(changed)) expect(cpf[9]).toBe('0');
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['10000000108', '20000000108'],
    ['10000000604', '00000000604'],
  ])('the fold lets %p and %p both pass', (cpf, oneDigitAway) => {
    expect(isValidCpf(cpf)).toBe(true);
    expect(isValidCpf(oneDigitAway)).toBe(true);
  });
});
