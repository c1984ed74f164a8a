import { resolve } from 'node:path';
import { optionalUrl, platformEnv, secret, servicePort, text, url, variable, type ConfigOf } from '@bank/platform';
import { z } from 'zod';

export const authEnv = {
  JWT_SECRET: { ...secret('HS256 secret of development tokens; unused when JWT_JWKS_URL is set', 'development-jwt-secret-change-me'), optional: true },
  JWT_JWKS_URL: optionalUrl('JWKS URL of the identity provider; when set, tokens are RS256', ['https', 'http']),
  JWT_ISSUER: { ...text('expected `iss` of tokens'), optional: true },
  JWT_AUDIENCE: { ...text('expected `aud` of tokens'), optional: true },
} as const;

export const gatewayEnv = {
  ...platformEnv,
  ...servicePort(4000),
  ...authEnv,
  SUPERGRAPH_PATH: text('composed supergraph file the gateway serves', resolve(__dirname, '../../schema/supergraph.graphql')),
  PIX_URL: url('Pix subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4001/graphql'),
  LOANS_URL: url('loans subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4002/graphql'),
  INSURANCE_URL: url('insurance subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4003/graphql'),
  SUBGRAPH_TIMEOUT_MS: variable(z.coerce.number().int().min(100).max(60_000), { description: 'timeout of one subgraph fetch', devDefault: '5000' }),
} as const;

export type GatewayConfig = ConfigOf<typeof gatewayEnv>;
