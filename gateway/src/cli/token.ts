/**
 * Prints a development token signed with JWT_SECRET:
 *   npm run token -- --sub c1 --roles customer --name "Maria Silva" --document 52998224725 [--expires-in 1h]
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@bank/platform';
import jwt from 'jsonwebtoken';
import { authEnv } from '../config';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    roles: { type: 'string', default: 'customer' },
    name: { type: 'string', default: '' },
    document: { type: 'string', default: '' },
    'expires-in': { type: 'string', default: '1h' },
  },
});

if (!values.sub) {
  process.stderr.write('Usage: npm run token -- --sub <customer id> [--roles customer,staff] [--name "..."] [--document <CPF/CNPJ>] [--expires-in 1h]\n');
  process.exit(2);
}

const { JWT_SECRET } = loadConfigOrExit(authEnv);
const token = jwt.sign(
  { roles: values.roles.split(',').map((role) => role.trim()), name: values.name, document: values.document.replace(/[.\-/\s]/g, '').toUpperCase() },
  JWT_SECRET,
  { algorithm: 'HS256', subject: values.sub, expiresIn: values['expires-in'] as jwt.SignOptions['expiresIn'] },
);
process.stdout.write(`${token}\n`);
