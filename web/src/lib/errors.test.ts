import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { formErrors, formErrorsOf, messageOf } from './errors';

describe('form errors', () => {
  it('puts an error next to the field it names, without the argument name', () => {
    const errors = formErrors([
      { message: 'amount must be positive', extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } },
      { message: 'plate is not a Brazilian plate', extensions: { code: 'BAD_USER_INPUT', field: 'input.vehicle.plate' } },
      { message: 'principal too small', extensions: { code: 'BAD_USER_INPUT', field: 'principal' } },
    ]);
    expect(errors).toEqual({
      fields: { amount: 'amount must be positive', 'vehicle.plate': 'plate is not a Brazilian plate', principal: 'principal too small' },
      form: [],
    });
  });

  it('keeps the first error of a field and puts errors without a field at the top of the form', () => {
    const errors = formErrors([
      { message: 'first', extensions: { field: 'amount' } },
      { message: 'second', extensions: { field: 'amount' } },
      { message: 'The account is blocked', extensions: { code: 'UNPROCESSABLE' } },
    ]);
    expect(errors).toEqual({ fields: { amount: 'first' }, form: ['The account is blocked'] });
  });

  it('says known reasons and codes in Portuguese, and anything else in the API’s words', () => {
    expect(messageOf({ message: 'Not enough funds', extensions: { code: 'UNPROCESSABLE', reason: 'INSUFFICIENT_FUNDS' } })).toBe('Saldo insuficiente');
    expect(messageOf({ message: 'A Pix may be of at most R$ 100.00', extensions: { code: 'UNPROCESSABLE', reason: 'LIMIT_EXCEEDED' } })).toBe(
      'Acima do seu limite Pix (veja os limites da conta)',
    );
    expect(messageOf({ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } })).toBe('Muitas tentativas: aguarde um minuto');
    expect(messageOf({ message: 'No Pix key x', extensions: { code: 'UNPROCESSABLE' } })).toBe('No Pix key x');
  });

  it('reads Apollo Client’s GraphQL errors, and a network failure as one form message', () => {
    const graphQLErrors = new CombinedGraphQLErrors({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'input.key' } }] });
    expect(formErrorsOf(graphQLErrors)).toEqual({ fields: { key: 'bad' }, form: [] });
    expect(formErrorsOf(new TypeError('Failed to fetch'))).toEqual({ fields: {}, form: ['Sem conexão com o banco; tente de novo'] });
  });
});
