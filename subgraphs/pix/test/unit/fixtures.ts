import { Cnpj, Cpf, TaxId } from '@bank/kernel';
import fc from 'fast-check';
import { type PixKey, PixKey as PixKeys, type RandomSource } from '../../src/domain';

/** A random source that replays `draws` (each taken modulo the bound asked for), then fails loudly. */
export const replay = (draws: readonly number[]): RandomSource => {
  let next = 0;
  return (bound) => {
    const draw = draws[next++];
    if (draw === undefined) throw new Error('the test random source ran dry');
    return draw % bound;
  };
};

const cpfKey = fc
  .stringMatching(/^\d{9}$/)
  .filter((base) => !/^(\d)\1+$/.test(base))
  .map((base) => PixKeys.parse('CPF', Cpf.withCheckDigits(base)));
const cnpjKey = fc
  .stringMatching(/^[0-9A-Z]{12}$/)
  .filter((base) => !/^(\d)\1+$/.test(base))
  .map((base) => PixKeys.parse('CNPJ', Cnpj.withCheckDigits(base)));
const emailKey = fc.stringMatching(/^[a-z0-9]{1,20}(\.[a-z0-9]{1,10})?@[a-z0-9]{1,15}\.(com|com\.br|org)$/).map((email) => PixKeys.parse('EMAIL', email));
const phoneKey = fc.stringMatching(/^\+55[1-9]{2}9\d{8}$/).map((phone) => PixKeys.parse('PHONE', phone));
const evpKey = fc.uuid({ version: 4 }).map((uuid) => PixKeys.parse('EVP', uuid));

export const anyPixKey: fc.Arbitrary<PixKey> = fc.oneof(cpfKey, cnpjKey, emailKey, phoneKey, evpKey);

/** Words of printable ASCII joined by single spaces, as the encoder keeps them unchanged. */
export const plainText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.stringMatching(/^[A-Za-z0-9.&'/-]{1,8}$/), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(' ').slice(0, maxLength).trim())
    .filter((text) => text !== '');

export const receiverDocument = TaxId.parse('11.222.333/0001-81');
export const payerDocument = TaxId.parse('529.982.247-25');
