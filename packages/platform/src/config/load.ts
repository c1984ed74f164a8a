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
      const required = !variable.optional || (production && variable.requiredInProduction === true);
      if (required)
        problems.push(
          `${name} is required${production && (variable.devDefault !== undefined || variable.optional) ? ' in production' : ''} (${variable.description})`,
        );
      continue;
    }
    const refused = production ? variable.productionCheck?.(raw) : undefined;
    if (refused !== undefined) {
      problems.push(`${name} ${refused}`);
      continue;
    }
    const parsed = variable.schema.safeParse(raw);
    if (parsed.success) config[name] = parsed.data;
    else problems.push(`${name} ${parsed.error.issues.map((issue) => issue.message).join(', ')} (got "${variable.secret ? '***' : redacted(raw)}")`);
  }
  if (production) problems.push(...sharedSecrets(spec, config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config as ConfigOf<S>;
}

/** Two secrets with one value (the principal HMAC secret reused as the JWT secret): one leak would give both. */
function sharedSecrets(spec: Spec, config: Readonly<Record<string, unknown>>): string[] {
  const byValue = new Map<unknown, string[]>();
  for (const [name, variable] of Object.entries(spec)) {
    if (variable.secret && config[name] !== undefined) byValue.set(config[name], [...(byValue.get(config[name]) ?? []), name]);
  }
  return [...byValue.values()].filter((names) => names.length > 1).map((names) => `${names.join(' and ')} must be different secrets`);
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
