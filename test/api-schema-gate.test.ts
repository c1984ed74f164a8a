import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { unannouncedBreakingChanges } from '../gateway/src/composition/breaking-changes';

const root = join(__dirname, '..');
const CHANGES_PATH = join(root, 'schema/CHANGES.md');
/** What the schema is compared with: the last commit, or another revision (e.g. the target branch in CI). */
const BASE = process.env.SCHEMA_BASE ?? 'HEAD';

function committedApiSchema(): string | null {
  try {
    return execFileSync('git', ['show', `${BASE}:schema/api.graphql`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null; // no such revision, or the file is new there: nothing a client could depend on yet
  }
}

describe('breaking-change gate on schema/api.graphql', () => {
  it(`announces every breaking change since ${BASE} in schema/CHANGES.md or by a @deprecated field`, async () => {
    const committed = committedApiSchema();
    if (committed === null) return;
    const now = buildSchema(readFileSync(join(root, 'schema/api.graphql'), 'utf8'));
    const unannounced = await unannouncedBreakingChanges(buildSchema(committed), now, readFileSync(CHANGES_PATH, 'utf8'));
    expect(unannounced.map(({ path, message }) => `${path}: ${message}`)).toEqual([]);
  });

  describe('what counts as announced', () => {
    const before = buildSchema(`type Query {
      account(id: ID!): String
      balance: Int @deprecated(reason: "Use account")
      ping: Boolean
    }`);
    const after = buildSchema(`type Query {
      account(number: String!): String
      pong: Boolean
    }`);
    const unannounced = async (changes: string) => (await unannouncedBreakingChanges(before, after, changes)).map(({ path }) => path);

    it('fails on each breaking change nothing announced', async () => {
      expect((await unannounced('')).sort()).toEqual(['Query.account.id', 'Query.account.number', 'Query.ping']);
    });

    it('passes a change listed in CHANGES.md (a listed field covers its arguments), or the removal of a @deprecated field', async () => {
      expect(await unannounced('## 2026-12-02\n- `Query.account`: takes the account number\n- `Query.ping` renamed to `Query.pong`\n')).toEqual([]);
    });

    it('ignores backticks outside a list item', async () => {
      expect(await unannounced('`Query.ping` is mentioned in prose only')).toContain('Query.ping');
    });

    it('lets additions through unannounced', async () => {
      const added = buildSchema(`type Query {
        account(id: ID!): String
        balance: Int @deprecated(reason: "Use account")
        ping: Boolean
        statement: String
      }`);
      expect(await unannouncedBreakingChanges(before, added, '')).toEqual([]);
    });
  });
});
