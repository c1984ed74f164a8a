/**
 * What the API refused, as messages for a form: each error that names an input field
 * (`extensions.field`, e.g. "input.amount" or "vehicle.plate") goes next to that field; the rest
 * go at the top of the form.
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  readonly message: string;
  readonly extensions?: { readonly code?: unknown; readonly field?: unknown; readonly reason?: unknown };
}

export interface FormErrors {
  /** By field path without the argument name: "amount", "vehicle.plate". */
  readonly fields: Readonly<Record<string, string>>;
  readonly form: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/** Plain words for what a client cannot act on otherwise. */
const BY_REASON: Readonly<Record<string, string>> = {
  INSUFFICIENT_FUNDS: 'Saldo insuficiente',
  LIMIT_EXCEEDED: 'Acima do seu limite Pix (veja os limites da conta)',
};
const BY_CODE: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Sua sessão expirou: entre de novo',
  FORBIDDEN: 'Você não tem permissão para isso',
  NOT_FOUND: 'Não encontrado',
  RATE_LIMITED: 'Muitas tentativas: aguarde um minuto',
  UNAVAILABLE: 'Serviço indisponível no momento; tente de novo',
  INTERNAL_SERVER_ERROR: 'Algo deu errado do nosso lado; tente de novo',
};

/** The message a person reads for one error: a known reason or code in Portuguese, else the API's own words. */
export const messageOf = ({ message, extensions }: ApiError): string => {
  const reason = typeof extensions?.reason === 'string' ? BY_REASON[extensions.reason] : undefined;
  const code = typeof extensions?.code === 'string' ? BY_CODE[extensions.code] : undefined;
  return reason ?? code ?? message;
};

/** "input.vehicle.plate" → "vehicle.plate": forms name fields inside their input. */
const fieldPath = (field: string): string => field.replace(/^input\./, '');

export function formErrors(errors: readonly ApiError[]): FormErrors {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const error of errors) {
    const field = error.extensions?.field;
    if (typeof field === 'string') fields[fieldPath(field)] ??= messageOf(error);
    else form.push(messageOf(error));
  }
  return { fields, form };
}

/** Any error Apollo Client hands over: GraphQL errors by field, a network failure as one form message. */
export function formErrorsOf(error: unknown): FormErrors {
  if (CombinedGraphQLErrors.is(error)) return formErrors(error.errors);
  return { fields: {}, form: ['Sem conexão com o banco; tente de novo'] };
}

/** Errors of a form checked in the browser, before any request. */
export const fieldErrors = (fields: Record<string, string | undefined>): FormErrors => {
  const present = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { fields: Object.fromEntries(present), form: [] };
};

export const hasErrors = ({ fields, form }: FormErrors): boolean => form.length > 0 || Object.keys(fields).length > 0;
