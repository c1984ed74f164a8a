import { badInput } from '@bank/kernel';

export function parseEnum<Value extends string>(values: readonly Value[], input: unknown, field: string): Value {
  const found = values.find((value) => value === input);
  if (found === undefined) throw badInput(`${field} must be one of ${values.join(', ')}; got "${String(input)}"`, field);
  return found;
}

/** Trimmed text that must not be empty. */
export function requiredText(input: unknown, field: string): string {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') throw badInput(`${field} must not be empty`, field);
  return text;
}
