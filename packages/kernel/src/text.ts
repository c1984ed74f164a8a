import { badInput } from './errors';

/**
 * The kinds of free text the API accepts, each with its cap in characters (Unicode code points).
 * Multi-line kinds keep line feeds; every other kind is one line.
 */
export const TEXT_KINDS = {
  /** A person's or company's name (a payer, a driver). */
  name: { max: 140, multiline: false },
  /** A short label: a vehicle's make or model, a merchant's name or city. */
  label: { max: 60, multiline: false },
  /** What a customer calls a card. */
  nickname: { max: 40, multiline: false },
  /** A transfer's, charge's or refund's description, as a Pix message carries it (140). */
  description: { max: 140, multiline: false },
  /** Why someone did something: blocking an account or a card, cancelling a policy, a loan's purpose. */
  reason: { max: 200, multiline: false },
  /** Prose: a claim's description, an adjuster's note. */
  prose: { max: 2_000, multiline: true },
} as const satisfies Record<string, { max: number; multiline: boolean }>;

export type TextKind = keyof typeof TEXT_KINDS;

declare const textKind: unique symbol;
/** Text that passed `parseText` for its kind: trimmed, within its cap, without control or format characters. */
export type Text<Kind extends TextKind = TextKind> = string & { readonly [textKind]: Kind };

/** Control (Cc), format (Cf: bidi overrides such as U+202E, zero-width characters), lone surrogates (Cs), line and paragraph separators. */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const FORBIDDEN_MULTILINE = /[^\P{Cc}\n]|[\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * A text input of a kind, or BAD_USER_INPUT naming `field`. Trim policy: white space (and line
 * breaks) at either end is removed, inside it is kept as sent; a multi-line kind reads CRLF as LF.
 * Refused: empty after trimming, longer than the kind's cap, or any control or format character
 * anywhere (NUL, ESC, TAB, U+202E, U+200B, ...; a multi-line kind allows LF alone).
 */
export function parseText<Kind extends TextKind>(input: unknown, kind: Kind, field: string): Text<Kind> {
  const { max, multiline } = TEXT_KINDS[kind];
  const refuse = () => badInput(`${field} must be 1 to ${max} characters without control characters`, field);
  if (typeof input !== 'string') throw refuse();
  const text = (multiline ? input.replaceAll('\r\n', '\n') : input).trim();
  // A code point is one or two UTF-16 units: over twice the cap in units is over the cap, whatever it holds.
  if (text === '' || text.length > 2 * max || [...text].length > max || (multiline ? FORBIDDEN_MULTILINE : FORBIDDEN).test(text)) throw refuse();
  return text as Text<Kind>;
}

/** Like parseText, but absent or blank text is null. */
export function parseOptionalText<Kind extends TextKind>(input: unknown, kind: Kind, field: string): Text<Kind> | null {
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) return null;
  return parseText(input, kind, field);
}
