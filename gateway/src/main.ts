import './instrument';
import { ConfigError, loadConfigOrExit, startPlatform } from '@bank/platform';
import { redisRateLimits, shutdownOnSignals } from '@bank/graphql';
import { devTokenIssuer } from './auth/dev-token';
import { createJwtVerifier, type JwtKeys } from './auth/jwt-verifier';
import { gatewayEnv, rateLimitSettings, type GatewayConfig } from './config';
import { ownOrigins } from './server/cors';
import { startGateway } from './server/gateway-server';

/** Composition root: configuration → platform → server. */
async function main(): Promise<void> {
  const config = loadConfigOrExit(gatewayEnv);
  const platform = await startPlatform('gateway', config);
  const keys = jwtKeys(config);
  const production = config.NODE_ENV === 'production';
  const gateway = await startGateway({
    host: config.HOST,
    port: config.PORT,
    metricsPort: config.METRICS_PORT,
    production,
    supergraphPath: config.SUPERGRAPH_PATH,
    subgraphs: [
      { name: 'pix', url: config.PIX_URL },
      { name: 'loans', url: config.LOANS_URL },
      { name: 'insurance', url: config.INSURANCE_URL },
      { name: 'accounts', url: config.ACCOUNTS_URL },
    ],
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    drainMs: config.SHUTDOWN_DRAIN_MS ?? 0,
    principalSecret: config.PRINCIPAL_HMAC_SECRET,
    verifyToken: createJwtVerifier({ keys, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, maxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS }),
    rateLimits: redisRateLimits(platform.redis, rateLimitSettings(config), { logger: platform.logger }),
    corsOrigins: [...(config.CORS_ORIGINS ?? []), ...(production ? [] : ownOrigins(config.PORT))],
    ...(!production && keys.kind === 'hs256'
      ? { issueDevToken: devTokenIssuer(keys.secret, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }) }
      : {}),
    redis: platform.redis,
    bus: platform.bus,
    logger: platform.logger,
    metrics: platform.metrics,
  });
  shutdownOnSignals({ shutdown: () => gateway.shutdown().then(() => platform.close()) }, platform.logger);
}

function jwtKeys(config: GatewayConfig): JwtKeys {
  if (config.JWT_JWKS_URL !== undefined) return { kind: 'rs256', jwksUrl: config.JWT_JWKS_URL };
  if (config.JWT_SECRET !== undefined) return { kind: 'hs256', secret: config.JWT_SECRET };
  throw new ConfigError(['set JWT_JWKS_URL (RS256) or JWT_SECRET (HS256)']);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
