import { badInput } from '../errors';
import { Cnpj } from './cnpj';
import { Cpf } from './cpf';
import { stripMask } from './mask';

/** A person's CPF or a company's CNPJ; `kind` tells which. */
export type TaxId = Cpf | Cnpj;

export const TaxId = {
  /** Reads a CPF (11 characters once unmasked) or a CNPJ (14); throws BAD_USER_INPUT on `field` otherwise. */
  parse(input: unknown, field = 'taxId'): TaxId {
    if (typeof input !== 'string') throw badInput(`${field} must be a CPF or CNPJ string`, field);
    const length = stripMask(input).length;
    if (length === 11) return Cpf.parse(input, field);
    if (length === 14) return Cnpj.parse(input, field);
    throw badInput(`${field} must have 11 digits (CPF) or 14 characters (CNPJ); got ${length}`, field);
  },
};
