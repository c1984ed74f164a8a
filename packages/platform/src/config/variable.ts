import { z } from 'zod';

/**
 * One environment variable: how to parse it, what it is for, and the value local development
 * uses when it is unset. A development default never applies in production, and a `secret`
 * whose value is still the development default is refused there.
 */
export interface Variable<T> {
  readonly schema: z.ZodType<T>;
  readonly description: string;
  readonly devDefault?: string;
  readonly secret?: boolean;
  readonly optional?: boolean;
  /** Optional in development, required in production (the JWT issuer and audience). */
  readonly requiredInProduction?: boolean;
  /** What production refuses beyond the schema (a weak secret, the broker's guest user): a problem, or undefined. */
  readonly productionCheck?: (raw: string) => string | undefined;
}

export type Spec = Readonly<Record<string, Variable<unknown>>>;
export type ConfigOf<S extends Spec> = { readonly [K in keyof S]: S[K] extends Variable<infer T> ? T : never };

export const variable = <T>(schema: z.ZodType<T>, options: Omit<Variable<T>, 'schema'>): Variable<T> => ({ schema, ...options });

export const port = (description: string, devDefault: number): Variable<number> =>
  variable(z.string().regex(/^\d+$/, PORT_RANGE).transform(Number).pipe(z.number().max(65_535, PORT_RANGE)), { description, devDefault: String(devDefault) });

const PORT_RANGE = 'must be a whole number from 0 (any free port) to 65535';

export const url = (description: string, protocols: readonly string[], devDefault?: string): Variable<string> =>
  variable(
    z.string().refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      },
      `must be a ${protocols.join(' or ')} URL`,
    ),
    devDefault === undefined ? { description } : { description, devDefault },
  );

export const text = (description: string, devDefault?: string): Variable<string> =>
  variable(z.string().min(1), devDefault === undefined ? { description } : { description, devDefault });

/**
 * A secret has no development default: `npm start` generates random ones into `.infra/secrets.env`.
 * Production also refuses a short or low-entropy one.
 */
export const secret = (description: string): Variable<string> =>
  variable(z.string().min(16, 'must be at least 16 characters'), { description, secret: true, productionCheck: weakSecret });

/** Production secrets: at least 32 characters and about 128 bits of entropy by character frequency. */
export const MIN_PRODUCTION_SECRET_LENGTH = 32;
const MIN_SECRET_ENTROPY_BITS = 128;

function weakSecret(raw: string): string | undefined {
  if (raw.length < MIN_PRODUCTION_SECRET_LENGTH) return `must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`;
  if (/change-?me|secret|password|development/i.test(raw)) return 'is a placeholder; set a real secret in production';
  return entropyBits(raw) < MIN_SECRET_ENTROPY_BITS ? 'is too predictable (low entropy); generate one, e.g. `openssl rand -hex 32`' : undefined;
}

const entropyBits = (value: string): number => {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const perChar = [...counts.values()].reduce((sum, count) => sum - (count / value.length) * Math.log2(count / value.length), 0);
  return perChar * value.length;
};

export const flag = (description: string, devDefault: boolean): Variable<boolean> =>
  variable(
    z.enum(['true', 'false', '1', '0'], 'must be true or false').transform((value) => value === 'true' || value === '1'),
    { description, devDefault: String(devDefault) },
  );

/** A URL that may stay unset in production (the library then picks its own default, e.g. AWS itself). */
export const optionalUrl = (description: string, protocols: readonly string[], devDefault?: string): Variable<string | undefined> => ({
  ...(url(description, protocols, devDefault) as Variable<string | undefined>),
  optional: true,
});

/**
 * Named secrets in one variable, `name=value,name=value` (e.g. each producer's event key). Same
 * rules as `secret` for every value.
 */
export const secretMap = (description: string): Variable<Readonly<Record<string, string>>> =>
  variable(
    z
      .string()
      .transform((raw) =>
        raw
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== '')
          .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)] as const),
      )
      .refine(
        (entries) => entries.length > 0 && entries.every(([name, value]) => /^[a-z][a-z0-9-]*$/.test(name) && value.length >= 16),
        'must be name=secret pairs, each secret at least 16 characters',
      )
      .transform((entries) => Object.fromEntries(entries)),
    {
      description,
      secret: true,
      productionCheck: (raw) =>
        raw
          .split(',')
          .map((entry) => weakSecret(entry.slice(entry.indexOf('=') + 1).trim()))
          .find((problem) => problem !== undefined),
    },
  );
