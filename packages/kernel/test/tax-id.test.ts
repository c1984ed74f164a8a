import { Cnpj, Cpf, TaxId } from '../src/documents';

describe('TaxId.parse', () => {
  it('reads 11 characters as a CPF and 14 as a CNPJ', () => {
    const cpf = TaxId.parse('529.982.247-25');
    const cnpj = TaxId.parse('12.ABC.345/01DE-35');
    expect(cpf).toBeInstanceOf(Cpf);
    expect(cpf.kind).toBe('CPF');
    expect(cnpj).toBeInstanceOf(Cnpj);
    expect(cnpj.kind).toBe('CNPJ');
    expect(cnpj.value).toBe('12ABC34501DE35');
  });

  it.each([
    ['12 characters', '529.982.247-251', /11 digits \(CPF\) or 14 characters \(CNPJ\); got 12/],
    ['an invalid CPF', '529.982.247-26', /wrong check digits/],
    ['an invalid CNPJ', '11.222.333/0001-82', /wrong check digits/],
    ['a number', 52998224725, /must be a CPF or CNPJ string/],
  ])('refuses %s with BAD_USER_INPUT on the given field', (_, input, reason) => {
    expect(() => TaxId.parse(input, 'document')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'document' }));
    expect(() => TaxId.parse(input, 'document')).toThrow(reason);
  });
});
