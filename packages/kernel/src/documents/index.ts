export { Cnpj, isValidCnpj } from './cnpj';
export { Cpf, isValidCpf } from './cpf';
export { TaxId } from './tax-id';
