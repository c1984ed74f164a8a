import { AppError, Money } from '@bank/kernel';
import fc from 'fast-check';
import { crc16, decodeBrCode, encodeBrCode, PixKey, toBrCodeText } from '../../src/domain';
import { anyPixKey, plainText } from './fixtures';

const BCB_EXAMPLE = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
const BCB_KEY = '123e4567-e12b-12d1-a456-426655440000';

const tlv = (id: string, value: string): string => id + String(value.length).padStart(2, '0') + value;
/** Closes a payload body with a correct CRC, so a test reaches the check it means to reach. */
const sealed = (body: string): string => `${body}6304${crc16(`${body}6304`)}`;

type Fields = Record<string, string>;
const BCB_FIELDS: Fields = {
  '00': '01',
  '26': tlv('00', 'br.gov.bcb.pix') + tlv('01', BCB_KEY),
  '52': '0000',
  '53': '986',
  '58': 'BR',
  '59': 'Fulano de Tal',
  '60': 'BRASILIA',
  '62': tlv('05', '***'),
};
/** The BCB example with some fields changed (undefined removes one), CRC recomputed. */
const variant = (changes: Record<string, string | undefined>): string => {
  const fields: Record<string, string | undefined> = { ...BCB_FIELDS, ...changes };
  const body = Object.keys(fields)
    .sort()
    .map((id) => (fields[id] === undefined ? '' : tlv(id, fields[id])))
    .join('');
  return sealed(body);
};

const refusal = (payload: unknown): AppError => {
  try {
    decodeBrCode(payload);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`decoded ${String(payload)}`);
};

describe('decodeBrCode', () => {
  it('reads the BCB manual example (CRC 1D3D)', () => {
    expect(decodeBrCode(BCB_EXAMPLE)).toEqual({
      key: BCB_KEY,
      amount: null,
      merchantName: 'Fulano de Tal',
      merchantCity: 'BRASILIA',
      txid: '***',
      description: null,
      pointOfInitiation: null,
      postalCode: null,
      unreservedTemplates: [],
    });
  });

  it("reads the BCB manual's complete static example: other arrangements, upper-case GUI, amount, postal code, a txid with '-' (CRC AD38)", () => {
    const complete =
      '00020104141234567890123426580014BR.GOV.BCB.PIX0136123e4567-e12b-12d1-a456-42665544000027300012BR.COM.OUTRO011001234567895204000053039865406123.455802BR5917NOME DO RECEBEDOR6008BRASILIA61087007490062190515RP12345678-201980390012BR.COM.OUTRO01190123.ABCD.3456.WXYZ6304AD38';
    expect(decodeBrCode(complete)).toMatchObject({
      key: BCB_KEY,
      amount: Money.parse('123.45'),
      merchantName: 'NOME DO RECEBEDOR',
      merchantCity: 'BRASILIA',
      postalCode: '70074900',
      txid: 'RP12345678-2019',
    });
  });

  it('accepts surrounding blanks, as pasted', () => {
    expect(decodeBrCode(`  ${BCB_EXAMPLE}\n`).merchantName).toBe('Fulano de Tal');
  });

  it('reads the optional fields', () => {
    const decoded = decodeBrCode(
      variant({
        '01': '12',
        '26': tlv('00', 'br.gov.bcb.pix') + tlv('01', 'fulano@example.com') + tlv('02', 'Pedido 42'),
        '54': '1234.5',
        '61': '70040010',
        '62': tlv('05', 'PEDIDO42'),
        '80': tlv('00', 'com.example') + tlv('01', 'anything'),
      }),
    );
    expect(decoded).toEqual({
      key: 'fulano@example.com',
      amount: Money.parse('1234.50'),
      merchantName: 'Fulano de Tal',
      merchantCity: 'BRASILIA',
      txid: 'PEDIDO42',
      description: 'Pedido 42',
      pointOfInitiation: 'SINGLE_USE',
      postalCode: '70040010',
      unreservedTemplates: [{ id: '80', value: '0011com.example0108anything' }],
    });
  });

  it('compares the GUI without regard to case', () => {
    expect(decodeBrCode(variant({ '26': tlv('00', 'BR.GOV.BCB.PIX') + tlv('01', BCB_KEY) })).key).toBe(BCB_KEY);
  });

  it('refuses a wrong CRC, as many copies found online carry, saying what it expected', () => {
    const error = refusal(BCB_EXAMPLE.replace(/1D3D$/, '1D3E'));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'brCode' });
    expect(error.message).toBe('Invalid BR Code: CRC mismatch: expected 1D3D, found 1D3E');
  });

  it('refuses a copy whose text was altered but whose CRC was kept', () => {
    expect(refusal(BCB_EXAMPLE.replace('Fulano de Tal', 'Fulano de Sal')).message).toMatch(/CRC mismatch: expected [0-9A-F]{4}, found 1D3D/);
  });

  it.each([
    ['a lowercase CRC', BCB_EXAMPLE.replace(/1D3D$/, '1d3d'), /field 63 \(CRC\) must be 4 uppercase hex digits; found "1d3d"/],
    ['no CRC', BCB_EXAMPLE.slice(0, -8), /missing mandatory field 63 \(CRC\)/],
    ['a field after the CRC', `${BCB_EXAMPLE}5802BR`, /field 58 \(country\) appears twice/],
    [
      'a length that overruns the payload',
      BCB_EXAMPLE.replace('6008BRASILIA', '6030BRASILIA'),
      /field 60 \(merchant city\) at position \d+ declares 30 characters but only \d+ remain/,
    ],
    ['a non-numeric length', BCB_EXAMPLE.replace('5913Fulano', '59A3Fulano'), /field 59 \(merchant name\) at position 89 has a non-numeric length "A3"/],
    ['a non-numeric ID', BCB_EXAMPLE.replace('5204', 'X204'), /expected a two-digit field ID at position 68; found "X2"/],
    [
      'a nested length that overruns its template',
      variant({ '62': '0509***' }),
      /field 62-05 \(txid\) at position \d+ declares 9 characters but only 3 remain/,
    ],
    ['a payload cut short', BCB_EXAMPLE.slice(0, 10), /field 26 \(Pix merchant account\) at position 6 declares 58 characters but only 0 remain/],
    ['an empty string', '', /the payload is empty/],
    ['a number', 42, /a BR Code is a string/],
  ])('refuses %s', (_, payload, reason) => {
    expect(refusal(payload).message).toMatch(reason);
  });

  it('refuses a CRC that is not the last field', () => {
    expect(refusal(`${BCB_EXAMPLE.slice(0, -8)}63041D3D8004abcd`).message).toBe('Invalid BR Code: field 63 (CRC) must be the last field');
  });

  it('refuses a payload that does not start with field 00', () => {
    expect(refusal(variant({ '00': undefined, '01': '11' })).message).toBe('Invalid BR Code: the payload must start with field 00 (payload format indicator)');
  });

  it('refuses a field that appears twice', () => {
    expect(refusal(sealed(BCB_EXAMPLE.slice(0, -8) + tlv('59', 'Outro Nome'))).message).toMatch(
      /field 59 \(merchant name\) appears twice \(again at position \d+\)/,
    );
  });

  it('refuses a field of length 00', () => {
    expect(refusal(sealed(BCB_EXAMPLE.slice(0, -8) + '6100')).message).toMatch(/field 61 \(postal code\) at position \d+ is empty \(length 00\)/);
  });

  it.each([
    ['26', 'field 26 (Pix merchant account)'],
    ['52', 'field 52 (merchant category code)'],
    ['53', 'field 53 (currency)'],
    ['58', 'field 58 (country)'],
    ['59', 'field 59 (merchant name)'],
    ['60', 'field 60 (merchant city)'],
    ['62', 'field 62 (additional data)'],
  ])('refuses a code without mandatory field %s, naming it', (id, name) => {
    expect(refusal(variant({ [id]: undefined })).message).toBe(`Invalid BR Code: missing mandatory ${name}`);
  });

  it.each([
    ['the GUI', { '26': tlv('01', BCB_KEY) }, 'missing mandatory field 26-00 (GUI)'],
    ['the key', { '26': tlv('00', 'br.gov.bcb.pix') + tlv('02', 'sem chave') }, 'missing mandatory field 26-01 (Pix key)'],
    ['the txid', { '62': tlv('07', 'x') }, 'missing mandatory field 62-05 (txid)'],
  ])('refuses a template without %s', (_, changes, message) => {
    expect(refusal(variant(changes)).message).toBe(`Invalid BR Code: ${message}`);
  });

  it('says so when a dynamic code (26-25 URL, no key) is given', () => {
    const dynamic = variant({ '26': tlv('00', 'br.gov.bcb.pix') + tlv('25', 'pix.example.com/qr/v2/9d36b84f') });
    expect(refusal(dynamic).message).toMatch(/missing mandatory field 26-01 \(Pix key\): dynamic BR Codes .* are not supported/);
  });

  it.each([
    ['another GUI', { '26': tlv('00', 'com.example.pay') + tlv('01', BCB_KEY) }, 'field 26-00 (GUI) must be br.gov.bcb.pix; found "com.example.pay"'],
    ['another format indicator', { '00': '02' }, 'field 00 (payload format indicator) must be 01; found "02"'],
    ['another currency', { '53': '840' }, 'field 53 (currency) must be 986; found "840"'],
    ['another country', { '58': 'PT' }, 'field 58 (country) must be BR; found "PT"'],
    ['a non-numeric category code', { '52': 'ABCD' }, 'field 52 (merchant category code) must be 4 digits; found "ABCD"'],
    ['an unknown point of initiation', { '01': '13' }, 'field 01 (point of initiation) must be 11 (reusable) or 12 (single use); found "13"'],
    ['a name over 25 characters', { '59': 'Fulano de Tal da Silva Junior' }, 'field 59 (merchant name) has 29 characters; at most 25 are allowed'],
    ['a city over 15 characters', { '60': 'SAO JOSE DOS CAMPOS' }, 'field 60 (merchant city) has 19 characters; at most 15 are allowed'],
    ['a txid with a blank', { '62': tlv('05', 'PEDIDO 42') }, 'field 62-05 (txid) must be *** or 1 to 25 printable characters; found "PEDIDO 42"'],
    [
      'a txid over 25 characters',
      { '62': tlv('05', 'A'.repeat(26)) },
      `field 62-05 (txid) must be *** or 1 to 25 printable characters; found "${'A'.repeat(26)}"`,
    ],
  ])('refuses %s', (_, changes, message) => {
    expect(refusal(variant(changes)).message).toBe(`Invalid BR Code: ${message}`);
  });

  it.each([['12,50'], ['1.234'], ['01.00'], ['1.'], ['.50'], ['-1.00'], ['1e3'], ['12345678901.00']])('refuses the amount %p', (amount) => {
    expect(refusal(variant({ '54': amount })).message).toBe(
      `Invalid BR Code: field 54 (amount) must be a decimal with a dot, at most 2 decimals and 13 characters, such as 123.45; found "${amount}"`,
    );
  });

  it('refuses a zero amount', () => {
    expect(refusal(variant({ '54': '0.00' })).message).toBe('Invalid BR Code: field 54 (amount) must be greater than zero; found "0.00"');
  });

  it.each([
    ['10', '10.00'],
    ['0.5', '0.50'],
    ['9999999999.99', '9999999999.99'],
  ])('reads the amount %p as %p', (amount, expected) => {
    expect(decodeBrCode(variant({ '54': amount })).amount?.toString()).toBe(expected);
  });
});

describe('encodeBrCode', () => {
  const evp = PixKey.parse('EVP', '2f6c8a4e-9b1d-4c3e-8f7a-5d6e7f8a9b0c');

  it('lays out the BCB manual example byte for byte', () => {
    // The manual's key is not a version 4 UUID, so it would not pass PixKey.parse.
    const key = { type: 'EVP', value: BCB_KEY } as PixKey;
    expect(encodeBrCode({ key, merchantName: 'Fulano de Tal', merchantCity: 'BRASILIA' })).toBe(BCB_EXAMPLE);
  });

  it('writes the optional fields in the order of the layout', () => {
    const payload = encodeBrCode({
      key: evp,
      merchantName: 'Loja',
      merchantCity: 'Recife',
      amount: Money.parse('10.5'),
      txid: 'PEDIDO42',
      description: 'Pedido 42',
      pointOfInitiation: 'REUSABLE',
      postalCode: '50030-230',
    });
    expect(payload).toBe(
      sealed(
        '000201010211' +
          tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', evp.value) + tlv('02', 'Pedido 42')) +
          '52040000' +
          '5303986' +
          '540510.50' +
          '5802BR' +
          '5904Loja' +
          '6006Recife' +
          '610850030230' +
          tlv('62', tlv('05', 'PEDIDO42')),
      ),
    );
  });

  it.each([
    ['São Paulo', 15, 'Sao Paulo'],
    ['José da Conceição Gonçalves Júnior', 25, 'Jose da Conceicao Goncalv'],
    ['Padaria Pão de Açúcar & Cia', 25, 'Padaria Pao de Acucar & C'],
    ['  Brasília\t\tDF  ', 15, 'Brasilia DF'],
    ['Ñandú Üçê', 25, 'Nandu Uce'],
    ['Café ☕ Bar', 25, 'Cafe Bar'],
    ['Rio de Janeiro Cap', 15, 'Rio de Janeiro'],
  ])('folds %p to %p for a field of %p characters', (text, max, folded) => {
    expect(toBrCodeText(text, max)).toBe(folded);
  });

  it('folds and trims the receiver name and city', () => {
    const decoded = decodeBrCode(encodeBrCode({ key: evp, merchantName: 'Açougue São João da Boa Vista', merchantCity: 'São João del-Rei' }));
    expect(decoded.merchantName).toBe('Acougue Sao Joao da Boa V');
    expect(decoded.merchantCity).toBe('Sao Joao del-Re');
  });

  it('cuts the description to the room the key leaves in field 26, and drops it when none is left', () => {
    const description = 'x'.repeat(140);
    expect(decodeBrCode(encodeBrCode({ key: evp, merchantName: 'A', merchantCity: 'B', description })).description).toBe('x'.repeat(37));
    const longEmail = PixKey.parse('EMAIL', `${'a'.repeat(65)}@example.com`);
    expect(decodeBrCode(encodeBrCode({ key: longEmail, merchantName: 'A', merchantCity: 'B', description })).description).toBeNull();
  });

  it.each([
    ['a txid with symbols', { txid: 'PEDIDO-42' }, 'txid'],
    ['a 26-character txid', { txid: 'A'.repeat(26) }, 'txid'],
    ['a zero amount', { amount: Money.ZERO }, 'amount'],
    ['an amount over 13 characters', { amount: Money.parse('10000000000.00') }, 'amount'],
    ['a name without a character a BR Code carries', { merchantName: '☕☕' }, 'merchantName'],
    ['an empty city', { merchantCity: '  ' }, 'merchantCity'],
    ['a postal code that is not a CEP', { postalCode: '1234' }, 'postalCode'],
  ])('refuses %s with BAD_USER_INPUT on the field', (_, changes, field) => {
    expect(() => encodeBrCode({ key: evp, merchantName: 'Loja', merchantCity: 'Recife', ...changes })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    );
  });
});

const anyBrCodeFields = fc.record({
  key: anyPixKey,
  merchantName: plainText(25),
  merchantCity: plainText(15),
  amount: fc.option(fc.bigInt({ min: 1n, max: 999_999_999_999n }).map((cents) => Money.fromCents(cents))),
  txid: fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,25}$/)),
  description: fc.option(plainText(20)),
  pointOfInitiation: fc.option(fc.constantFrom('REUSABLE' as const, 'SINGLE_USE' as const)),
  postalCode: fc.option(fc.stringMatching(/^\d{8}$/)),
});

describe('BR Code properties', () => {
  it('decode(encode(fields)) gives the fields back', () => {
    fc.assert(
      fc.property(anyBrCodeFields, (fields) => {
        expect(decodeBrCode(encodeBrCode(fields))).toEqual({
          key: fields.key.value,
          amount: fields.amount,
          merchantName: fields.merchantName,
          merchantCity: fields.merchantCity,
          txid: fields.txid ?? '***',
          description: fields.description,
          pointOfInitiation: fields.pointOfInitiation,
          postalCode: fields.postalCode,
          unreservedTemplates: [],
        });
      }),
    );
  });

  it('any single tampered character is refused', () => {
    const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(anyBrCodeFields, fc.nat(), printable, (fields, where, replacement) => {
        const payload = encodeBrCode(fields);
        const position = where % payload.length;
        fc.pre(payload[position] !== replacement);
        const tampered = payload.slice(0, position) + replacement + payload.slice(position + 1);
        expect(() => decodeBrCode(tampered)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'brCode' }));
      }),
      { numRuns: 1_000 },
    );
  });
});
