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
}

export type Spec = Readonly<Record<string, Variable<unknown>>>;
export type ConfigOf<S extends Spec> = { readonly [K in keyof S]: S[K] extends Variable<infer T> ? T : never };

export const variable = <T>(schema: z.ZodType<T>, options: Omit<Variable<T>, 'schema'>): Variable<T> => ({ schema, ...options });

export const port = (description: string, devDefault: number): Variable<number> =>
  variable(
    z.string().regex(/^\d+$/, PORT_RANGE).transform(Number).pipe(z.number().max(65_535, PORT_RANGE)),
    { description, devDefault: String(devDefault) },
  );

const PORT_RANGE = 'must be a whole number from 0 (any free port) to 65535';

export const url = (description: string, protocols: readonly string[], devDefault?: string): Variable<string> =>
  variable(
    z.string().refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    }, `must be a ${protocols.join(' or ')} URL`),
    devDefault === undefined ? { description } : { description, devDefault },
  );

export const text = (description: string, devDefault?: string): Variable<string> =>
  variable(z.string().min(1), devDefault === undefined ? { description } : { description, devDefault });

export const secret = (description: string, devDefault: string): Variable<string> =>
  variable(z.string().min(16, 'must be at least 16 characters'), { description, devDefault, secret: true });

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
