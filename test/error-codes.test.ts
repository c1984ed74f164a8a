import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatError } from '@bank/graphql';
import { CLIENT_ERROR_CODES, isClientErrorCode } from '@bank/kernel';
import { GraphQLError } from 'graphql';
import pino from 'pino';

const root = join(__dirname, '..');
const published = Object.keys(CLIENT_ERROR_CODES).sort();

/** Every TypeScript source file a service runs (generated files and tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const serviceSources = ['gateway/src', ...['packages', 'subgraphs'].flatMap((parent) => readdirSync(join(root, parent)).map((name) => `${parent}/${name}/src`))]
  .map((dir) => join(root, dir))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(sources);

/** Where a code is written as a literal: `code: 'X'`, `new AppError('X'`, `sendError(res, 400, 'X'`, `refuse('…', 'X')`. */
const LITERAL_CODE = [
  /\bcode: ['"]([A-Z][A-Z0-9_]+)['"]/g,
  /new AppError\(['"]([A-Z][A-Z0-9_]+)['"]/g,
  /sendError\([^,]+, \d+, ['"]([A-Z][A-Z0-9_]+)['"]/g,
  /refuse\([^;]*?, ['"]([A-Z][A-Z0-9_]+)['"]\)/g,
];

describe('error codes: one published, closed list', () => {
  it('the README error table lists exactly the kernel’s CLIENT_ERROR_CODES', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Error codes'));
    const rows = [...table.slice(0, table.indexOf('\n\n', table.indexOf('|'))).matchAll(/^\| `([A-Z_]+)` \|/gm)].map(([, code]) => code);
    expect(rows.sort()).toEqual(published);
  });

  it('every code written in a service’s source is in the list', () => {
    const found = serviceSources.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return LITERAL_CODE.flatMap((pattern) => [...text.matchAll(pattern)].map(([, code]) => ({ code: code!, at: relative(root, path) })));
    });
    expect(found.length).toBeGreaterThan(20); // the scan sees the codes (a broken pattern would pass vacuously)
    expect(found.filter(({ code }) => !isClientErrorCode(code))).toEqual([]);
    for (const code of ['SUBGRAPH_UNAVAILABLE', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST', 'TOO_MANY_SUBSCRIPTIONS', 'RATE_LIMITED']) {
      expect(found.map((literal) => literal.code)).toContain(code);
    }
  });

  it('formatError (gateway and subgraphs) passes a published code through and masks any other as INTERNAL_SERVER_ERROR', () => {
    const format = formatError(pino({ level: 'silent' }));
    const answer = (code: string) => {
      const error = new GraphQLError('from elsewhere', { extensions: { code, serviceName: 'pix' } });
      return format({ message: error.message, extensions: error.extensions }, error);
    };
    expect(answer('SUBGRAPH_UNAVAILABLE')).toEqual({ message: 'from elsewhere', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'pix' } });
    expect(answer('SOMETHING_UNLISTED')).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
