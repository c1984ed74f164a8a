import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The layering rules of eslint.config.mjs (checked by `npm test` through the lint task), probed with one import each. */
const probes = [
  { file: 'subgraphs/pix/src/domain/probe.ts', source: '../application/ports', allowed: false },
  { file: 'subgraphs/pix/src/domain/probe.ts', source: '@bank/messaging', allowed: false },
  { file: 'subgraphs/pix/src/domain/probe.ts', source: '@aws-sdk/lib-dynamodb', allowed: false },
  { file: 'subgraphs/pix/src/domain/probe.ts', source: '@bank/kernel', allowed: true },
  { file: 'subgraphs/pix/src/domain/probe.ts', source: '@bank/contracts', allowed: true },
  { file: 'subgraphs/loans/src/application/probe.ts', source: '../infrastructure/mongo/loan-repository', allowed: false },
  { file: 'subgraphs/loans/src/application/probe.ts', source: '@bank/store-mongo', allowed: false },
  { file: 'subgraphs/loans/src/application/probe.ts', source: '../domain', allowed: true },
  { file: 'subgraphs/loans/src/application/probe.ts', source: '@bank/identity', allowed: true },
  { file: 'subgraphs/insurance/src/graphql/resolvers/probe.ts', source: '../../infrastructure/dynamodb/repositories', allowed: false },
  { file: 'subgraphs/insurance/src/graphql/resolvers/probe.ts', source: '../../application/policies', allowed: true },
  { file: 'subgraphs/insurance/src/infrastructure/dynamodb/probe.ts', source: '../../graphql/mappers', allowed: false },
  { file: 'subgraphs/insurance/src/events/probe.ts', source: '../infrastructure/dynamodb/repositories', allowed: false },
  { file: 'subgraphs/insurance/src/infrastructure/dynamodb/probe.ts', source: '../../../../loans/src/domain', allowed: false },
  { file: 'subgraphs/pix/src/service.ts', source: '../../loans/src/service', allowed: false },
  { file: 'subgraphs/accounts/src/domain/probe.ts', source: '../ledger/domain', allowed: true },
  { file: 'subgraphs/accounts/src/domain/probe.ts', source: '../ledger/application', allowed: false },
  { file: 'subgraphs/accounts/src/application/probe.ts', source: '../ledger/application', allowed: true },
  { file: 'subgraphs/accounts/src/application/probe.ts', source: '../ledger', allowed: false },
  { file: 'subgraphs/accounts/src/application/cards/probe.ts', source: '../../ledger/connect-ledger', allowed: false },
  { file: 'subgraphs/accounts/src/application/cards/probe.ts', source: '../../infrastructure/cards/postgres-cards', allowed: false },
  { file: 'subgraphs/accounts/src/graphql/pix/probe.ts', source: '../../ledger/infrastructure/postgres/schema', allowed: false },
  { file: 'subgraphs/accounts/src/infrastructure/postgres/probe.ts', source: '../../ledger/infrastructure/postgres/schema', allowed: true },
  { file: 'subgraphs/accounts/src/ledger/domain/probe.ts', source: 'kysely', allowed: false },
  { file: 'subgraphs/accounts/src/ledger/domain/probe.ts', source: '../application', allowed: false },
  { file: 'subgraphs/accounts/src/ledger/application/probe.ts', source: '../infrastructure/postgres/postgres-ledger-store', allowed: false },
  { file: 'subgraphs/accounts/src/ledger/application/probe.ts', source: '../../application/ports', allowed: false },
  { file: 'subgraphs/accounts/src/ledger/infrastructure/postgres/migrations/probe.ts', source: '../../../../graphql/mappers', allowed: false },
  { file: 'subgraphs/accounts/src/ledger/infrastructure/postgres/probe.ts', source: '../../../../pix/src/domain', allowed: false },
] as const;

const script = `
import { ESLint } from 'eslint';
const eslint = new ESLint({ cwd: process.cwd() });
const probes = JSON.parse(process.argv[1]);
const results = [];
for (const { file, source } of probes) {
  const [result] = await eslint.lintText(\`export { probe } from '\${source}';\\n\`, { filePath: file });
  results.push(result.messages.some((message) => message.ruleId === 'no-restricted-imports'));
}
console.log(JSON.stringify(results));
`;

describe('layering (eslint.config.mjs)', () => {
  it('lets each layer import only what is below it, and no subgraph another', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
      cwd: join(__dirname, '..'),
    });
    const restricted = JSON.parse(stdout) as boolean[];
    expect(probes.map((probe, index) => ({ ...probe, allowed: !restricted[index] }))).toEqual(probes);
    // One ESLint run of a few seconds, many times that on a loaded machine.
  }, 120_000);
});
