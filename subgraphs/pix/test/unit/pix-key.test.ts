import { inferKeyType, PixKey, type PixKeyType } from '../../src/domain';

describe('PixKey.parse', () => {
  it.each<[PixKeyType, string, string]>([
    ['CPF', '529.982.247-25', '52998224725'],
    ['CPF', '52998224725', '52998224725'],
    ['CNPJ', '11.222.333/0001-81', '11222333000181'],
    ['CNPJ', '12.abc.345/01de-35', '12ABC34501DE35'],
    ['EMAIL', 'Fulano.Tal@Example.COM', 'fulano.tal@example.com'],
    ['EMAIL', '  pix+loja@banco.com.br ', 'pix+loja@banco.com.br'],
    ['EMAIL', `${'a'.repeat(65)}@example.com`, `${'a'.repeat(65)}@example.com`],
    ['PHONE', '+5511987654321', '+5511987654321'],
    ['PHONE', '+55 (11) 98765-4321', '+5511987654321'],
    ['PHONE', '(11) 98765-4321', '+5511987654321'],
    ['PHONE', '11 98765 4321', '+5511987654321'],
    ['PHONE', '5511987654321', '+5511987654321'],
    ['PHONE', '(55) 99876-5432', '+5555998765432'],
    ['PHONE', '(61) 3333-4444', '+556133334444'],
    ['PHONE', '+55.61.3333.4444', '+556133334444'],
    ['EVP', '2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c', '2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c'],
    ['EVP', '2F6C8A4E-9B1D-4C3E-BF7A-5D6E7F8A9B0C', '2f6c8a4e-9b1d-4c3e-bf7a-5d6e7f8a9b0c'],
  ])('accepts a %s key %p as %p', (type, raw, value) => {
    expect(PixKey.parse(type, raw)).toEqual({ type, value });
  });

  it.each<[PixKeyType, unknown, RegExp]>([
    ['CPF', '529.982.247-26', /wrong check digits/],
    ['CPF', '111.111.111-11', /repeated digit/],
    ['CPF', '11222333000181', /must have 11 digits/],
    ['CNPJ', '11.222.333/0001-82', /wrong check digits/],
    ['CNPJ', '52998224725', /must have 14 characters/],
    ['EMAIL', 'fulano', /email address/],
    ['EMAIL', 'fulano@', /email address/],
    ['EMAIL', '@example.com', /email address/],
    ['EMAIL', 'fulano@example', /email address/],
    ['EMAIL', 'fu lano@example.com', /email address/],
    ['EMAIL', 'fulano..tal@example.com', /email address/],
    ['EMAIL', '.fulano@example.com', /email address/],
    ['EMAIL', 'fulano@-example.com', /email address/],
    ['EMAIL', 'fulano@example..com', /email address/],
    ['EMAIL', 'fulano@@example.com', /email address/],
    ['EMAIL', `${'a'.repeat(66)}@example.com`, /at most 77 characters; got 78/],
    ['PHONE', '+1 415 555 2671', /Brazilian phone number \(\+55\)/],
    ['PHONE', '98765-4321', /2-digit area code and an 8- or 9-digit number/],
    ['PHONE', '+55119876543210', /2-digit area code and an 8- or 9-digit number/],
    ['PHONE', '(01) 98765-4321', /invalid area code "01"/],
    ['PHONE', '(10) 98765-4321', /invalid area code "10"/],
    ['PHONE', '(11) 88765-4321', /9-digit number, which must start with 9/],
    ['PHONE', '(11) 1234-5678', /8-digit number, which cannot start with 0 or 1/],
    ['PHONE', '11 9876S-4321', /must be a phone number/],
    ['PHONE', '+55+11987654321', /must be a phone number/],
    ['EVP', '123e4567-e12b-12d1-a456-426655440000', /UUID v4/],
    ['EVP', '2f6c8a4e-9b1d-4c3e-7f7a-5d6e7f8a9b0c', /UUID v4/],
    ['EVP', '2f6c8a4e9b1d4c3e8f7a5d6e7f8a9b0c', /UUID v4/],
    ['EVP', '{2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c}', /UUID v4/],
    ['EMAIL', 42, /must be a string/],
  ])('refuses a %s key %p with BAD_USER_INPUT naming the field', (type, raw, reason) => {
    expect(() => PixKey.parse(type, raw, 'input.key')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.key' }));
    expect(() => PixKey.parse(type, raw, 'input.key')).toThrow(reason);
  });
});

describe('inferKeyType', () => {
  it.each<[string, PixKeyType | null]>([
    ['52998224725', 'CPF'],
    ['11222333000181', 'CNPJ'],
    ['12ABC34501DE35', 'CNPJ'],
    ['fulano@example.com', 'EMAIL'],
    ['+5511987654321', 'PHONE'],
    ['2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c', 'EVP'],
    ['123e4567-e12b-12d1-a456-426655440000', 'EVP'],
    ['2F6C8A4E-9B1D-4C3E-8F7A-5D6E7F8A9B0C', 'EVP'],
    ['529.982.247-25', null],
    ['12345', null],
    ['', null],
  ])('reads %p as %p', (raw, type) => {
    expect(inferKeyType(raw)).toBe(type);
  });

  it('infers the type under which a normalized key parses back to itself', () => {
    for (const [type, raw] of [
      ['CPF', '529.982.247-25'],
      ['CNPJ', '12.ABC.345/01DE-35'],
      ['EMAIL', 'Fulano@Example.com'],
      ['PHONE', '(11) 98765-4321'],
      ['EVP', '2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c'],
    ] as const) {
      const key = PixKey.parse(type, raw);
      expect(inferKeyType(key.value)).toBe(type);
    }
  });
});
