import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerEnv } from '../../src/ledger';

const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
const configuration = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Running against real infrastructure'));

describe('the ledger configuration', () => {
  it.each(Object.keys(ledgerEnv))('documents %s in the README configuration table', (name) => {
    expect(configuration).toContain(`| \`${name}\` |`);
  });
});
