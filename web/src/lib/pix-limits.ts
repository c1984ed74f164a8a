/** The Pix limits form: three optional amounts in reais, at least one of them. */
import { fieldErrors, NO_ERRORS, type FormErrors } from './errors';
import { parseAmount } from './parse';

export interface LimitsForm {
  readonly perTransaction: string;
  readonly daily: string;
  readonly nightly: string;
}

/** The limits a person filled in, as the API's decimals; one left empty stays as it is. */
export function parseLimits(form: LimitsForm): { errors: FormErrors; values: Partial<Record<keyof LimitsForm, string>> | null } {
  const parsed = (Object.entries(form) as [keyof LimitsForm, string][])
    .filter(([, typed]) => typed.trim() !== '')
    .map(([name, typed]) => [name, parseAmount(typed)] as const);
  if (parsed.length === 0) return { errors: fieldErrors({ perTransaction: 'Informe ao menos um limite' }), values: null };
  const errors = fieldErrors(Object.fromEntries(parsed.map(([name, result]) => [name, result.ok ? undefined : result.message])));
  if (Object.keys(errors.fields).length > 0) return { errors, values: null };
  return { errors: NO_ERRORS, values: Object.fromEntries(parsed.flatMap(([name, result]) => (result.ok ? [[name, result.value]] : []))) };
}
