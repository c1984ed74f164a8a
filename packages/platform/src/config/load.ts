import type { ConfigOf, Spec } from './variable';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}.`);
    this.name = 'ConfigError';
  }
}

/** A URL's password never reaches a log, even when the URL itself is what is wrong. */
const redacted = (value: string): string => value.replace(/(\/\/[^:/@\s]*):[^@/\s]*@/, '$1:***@');

const isProduction = (env: NodeJS.ProcessEnv): boolean => env.NODE_ENV === 'production';

/**
 * Parses `env` against `spec`. Collects every problem, then throws one ConfigError whose
 * message names each offending variable.
 */
export function loadConfig<S extends Spec>(spec: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  const production = isProduction(env);
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(spec)) {
    const given = env[name] === '' ? undefined : env[name];
    const raw = given ?? (production ? undefined : variable.devDefault);
    if (raw === undefined) {
      if (!variable.optional) problems.push(`${name} is required${production && variable.devDefault !== undefined ? ' in production' : ''} (${variable.description})`);
      continue;
    }
    if (production && variable.secret && (raw === variable.devDefault || /change-?me/i.test(raw))) {
      problems.push(`${name} is a placeholder; set a real secret in production`);
      continue;
    }
    const parsed = variable.schema.safeParse(raw);
    if (parsed.success) config[name] = parsed.data;
    else problems.push(`${name} ${parsed.error.issues.map((issue) => issue.message).join(', ')} (got "${variable.secret ? '***' : redacted(raw)}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as ConfigOf<S>;
}

/** For a composition root: on a bad configuration, print the one message and stop the process. */
export function loadConfigOrExit<S extends Spec>(spec: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  try {
    return loadConfig(spec, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
