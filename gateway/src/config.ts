import { resolve } from 'node:path';
import { optionalUrl, platformEnv, secret, servicePort, text, url, variable, type ConfigOf } from '@bank/platform';
import type { RateLimitSettings } from '@bank/graphql';
import { z } from 'zod';

/** `https://app.example.com,http://localhost:5173`: each an origin (scheme, host, port), nothing more. */
const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .pipe(z.array(z.string().refine(isOrigin, 'must list origins such as https://app.example.com (no path, no trailing slash)')));

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

const count = (description: string, devDefault: number) => variable(z.coerce.number().int().min(1), { description, devDefault: String(devDefault) });

export const authEnv = {
  JWT_SECRET: { ...secret('HS256 secret of development tokens; unused when JWT_JWKS_URL is set'), optional: true },
  JWT_JWKS_URL: optionalUrl('JWKS URL of the identity provider; when set, tokens are RS256', ['https', 'http']),
  JWT_ISSUER: { ...text('expected `iss` of tokens; required in production'), optional: true, requiredInProduction: true },
  JWT_AUDIENCE: { ...text('expected `aud` of tokens; required in production'), optional: true, requiredInProduction: true },
  JWT_MAX_LIFETIME_SECONDS: count('longest a token may live (`exp` − `iat`); longer ones are refused', 86_400),
} as const;

/** Requests a minute; see the README's "Trust boundary". */
export const rateLimitEnv = {
  RATE_LIMIT_PER_IP: count('requests a minute from one IP address', 1_200),
  RATE_LIMIT_PER_PRINCIPAL: count('requests a minute of one signed-in principal', 600),
  RATE_LIMIT_ANONYMOUS: count('requests a minute without a token, per IP', 120),
  RATE_LIMIT_MUTATIONS: count('mutations a minute of one principal (anonymous: of one IP)', 60),
  RATE_LIMIT_EXEMPT_SUBJECTS: variable(
    z.string().transform((raw) =>
      raw
        .split(',')
        .map((subject) => subject.trim())
        .filter((subject) => subject !== ''),
    ),
    {
      description: 'comma-separated token subjects the rate limits do not apply to (a benchmark client)',
      optional: true,
    },
  ),
} as const;

export const gatewayEnv = {
  ...platformEnv,
  ...servicePort(4000, 9400),
  ...authEnv,
  ...rateLimitEnv,
  SUPERGRAPH_PATH: text('composed supergraph file the gateway serves', resolve(__dirname, '../../schema/supergraph.graphql')),
  PIX_URL: url('Pix subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4001/graphql'),
  LOANS_URL: url('loans subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4002/graphql'),
  INSURANCE_URL: url('insurance subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4003/graphql'),
  ACCOUNTS_URL: url('accounts subgraph GraphQL URL', ['http', 'https'], 'http://127.0.0.1:4004/graphql'),
  SUBGRAPH_TIMEOUT_MS: variable(z.coerce.number().int().min(100).max(60_000), { description: 'timeout of one subgraph fetch', devDefault: '5000' }),
  CORS_ORIGINS: {
    ...variable(originList, {
      description: 'comma-separated origins whose pages may call the API from a browser; unset in production: none',
      devDefault: 'http://localhost:5173,http://127.0.0.1:5173',
    }),
    optional: true,
  },
} as const;

export type GatewayConfig = ConfigOf<typeof gatewayEnv>;

export const rateLimitSettings = (config: ConfigOf<typeof rateLimitEnv>): RateLimitSettings => ({
  perIp: config.RATE_LIMIT_PER_IP,
  perPrincipal: config.RATE_LIMIT_PER_PRINCIPAL,
  anonymousPerIp: config.RATE_LIMIT_ANONYMOUS,
  mutations: config.RATE_LIMIT_MUTATIONS,
  exemptSubjects: config.RATE_LIMIT_EXEMPT_SUBJECTS ?? [],
});
