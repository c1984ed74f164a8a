import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMOUNT_CEILINGS, TEXT_KINDS } from '@bank/kernel';
import { gatewayEnv } from '../gateway/src/config';
import { OVERVIEW_DOCUMENT_PATH } from '../gateway/src/explorer/explorer-state';
import { accountsEnv } from '../subgraphs/accounts/src/config';
import { insuranceEnv } from '../subgraphs/insurance/src/config';
import { loansEnv } from '../subgraphs/loans/src/config';
import { pixEnv } from '../subgraphs/pix/src/config';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const configuration = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Running against real infrastructure'));

describe('README.md', () => {
  it.each(Object.entries({ gateway: gatewayEnv, pix: pixEnv, loans: loansEnv, insurance: insuranceEnv, accounts: accountsEnv }))(
    'documents every variable %s reads in its configuration table',
    (_, spec) => {
      for (const name of Object.keys(spec)) expect([name, configuration.includes(`\`${name}\``)]).toEqual([name, true]);
    },
  );

  it('shows the overview query the explorers open with, as schema/operations has it', () => {
    expect(readme).toContain(`\`\`\`graphql\n${readFileSync(OVERVIEW_DOCUMENT_PATH, 'utf8')}\`\`\``);
  });

  it('publishes the amount ceilings and text caps the kernel enforces, in its API section', () => {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Architecture'));
    for (const [operation, ceiling] of Object.entries(AMOUNT_CEILINGS)) expect(api).toContain(`| \`${operation}\` | ${ceiling} |`);
    for (const [kind, { max }] of Object.entries(TEXT_KINDS)) expect(api).toContain(`| \`${kind}\` | ${max} |`);
  });

  it('gives exactly the two commands, and CI calls the test one', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(__dirname, '..', '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
