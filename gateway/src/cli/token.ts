/**
 * Prints a development token signed with JWT_SECRET:
 *   npm run -s token -- --sub c1 --roles customer --name "Maria Silva" --document 52998224725 [--expires-in 1h]
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@bank/platform';
import type { Role } from '@bank/identity';
import type jwt from 'jsonwebtoken';
import { devTokenIssuer } from '../auth/dev-token';
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
  process.stderr.write('Usage: npm run -s token -- --sub <customer id> [--roles customer,staff] [--name "..."] [--document <CPF/CNPJ>] [--expires-in 1h]\n');
  process.exit(2);
}

const { JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE } = loadConfigOrExit(authEnv);
if (JWT_SECRET === undefined) {
  process.stderr.write('JWT_SECRET is not set: tokens of an identity provider (JWT_JWKS_URL) come from that provider\n');
  process.exit(2);
}
const issue = devTokenIssuer(JWT_SECRET, { issuer: JWT_ISSUER, audience: JWT_AUDIENCE });
const roles = values.roles.split(',').map((role) => role.trim()) as Role[];
process.stdout.write(
  `${issue({ sub: values.sub, roles, name: values.name, document: values.document }, values['expires-in'] as jwt.SignOptions['expiresIn'])}\n`,
);
