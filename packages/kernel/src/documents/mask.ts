/** Removes the mask a person types around a document number (dots, slash, dash) and outer blanks. */
export const stripMask = (input: string): string => input.trim().replace(/[./-]/g, '');

/** True when every character is the same, as in 000.000.000-00: such numbers pass the check digits yet are invalid. */
export const isOneRepeatedCharacter = (text: string): boolean => /^(.)\1*$/.test(text);

/** Either the bare value or why the input is not a valid document (a sentence fragment after the field name). */
export type Check = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: string };

export const valid = (value: string): Check => ({ ok: true, value });
export const invalid = (problem: string): Check => ({ ok: false, problem });
