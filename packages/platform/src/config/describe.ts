import type { Spec } from './variable';

/** The configuration as a Markdown table: the README's table is generated from the specs. */
export function describeConfig(spec: Spec): string[] {
  return Object.entries(spec).map(([name, variable]) => {
    const fallback = variable.secret ? 'development value' : variable.devDefault === undefined ? '—' : `\`${variable.devDefault}\``;
    return `| \`${name}\` | ${variable.description} | ${variable.optional ? 'optional' : fallback} |`;
  });
}
