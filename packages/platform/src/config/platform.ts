import { z } from 'zod';
import { optionalUrl, port, secret, secretMap, text, url, variable } from './variable';

/** Variables every service reads. */
export const platformEnv = {
  NODE_ENV: variable(z.enum(['development', 'test', 'production'], 'must be development, test or production'), {
    description: 'development, test or production; production turns off every development default',
    devDefault: 'development',
  }),
  LOG_LEVEL: variable(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be a pino level (fatal, error, warn, info, debug, trace, silent)'),
    {
      description: 'pino log level',
      devDefault: 'info',
    },
  ),
  RABBITMQ_URL: {
    ...url("RabbitMQ connection URL, as the service's own broker user (production refuses guest)", ['amqp', 'amqps'], 'amqp://guest:guest@127.0.0.1:5672'),
    productionCheck: guestBrokerUser,
  },
  HOST: text('bind address of the HTTP and metrics listeners; 0.0.0.0 for every interface (containers)', '127.0.0.1'),
  EVENTS_EXCHANGE: text('topic exchange that carries every domain event', 'bank.events'),
  REDIS_URL: url('Redis connection URL', ['redis', 'rediss'], 'redis://127.0.0.1:6379'),
  PRINCIPAL_HMAC_SECRET: secret('shared secret with which the gateway signs the principal it forwards to subgraphs'),
  SHUTDOWN_DRAIN_MS: variable(z.coerce.number().int().min(0).max(120_000).optional(), {
    description:
      'on SIGTERM, how long readiness answers 503 before the service stops accepting requests (unset: 0); behind a load balancer, longer than its health checks take to notice',
    optional: true,
  }),
  EVENTS_HMAC_KEYS: secretMap(
    "per-producer keys of event envelopes, `pix=…,loans=…,insurance=…`: the service signs with its own and accepts only events signed with their owner's",
  ),
} as const;

/** The public HTTP port, and the internal one that serves `GET /metrics`. */
export const servicePort = (devDefault: number, metricsDevDefault: number) =>
  ({
    PORT: port('HTTP port of the service', devDefault),
    METRICS_PORT: port('internal port serving GET /metrics (same bind address as HOST)', metricsDevDefault),
  }) as const;

/** RabbitMQ's default user (or none given, which means guest) is for a laptop, never production. */
function guestBrokerUser(raw: string): string | undefined {
  try {
    const user = decodeURIComponent(new URL(raw).username);
    return user === '' || user === 'guest' ? "must name the service's own broker user in production, not guest" : undefined;
  } catch {
    return undefined;
  }
}

/** Variables of the services that keep their state in DynamoDB. */
export const dynamoDbEnv = (table: string) =>
  ({
    DYNAMODB_ENDPOINT: optionalUrl('DynamoDB endpoint; unset in production for AWS itself', ['http', 'https'], 'http://127.0.0.1:8000'),
    AWS_REGION: text('AWS region of the DynamoDB table', 'sa-east-1'),
    DYNAMODB_TABLE: text('DynamoDB table name', table),
  }) as const;

/** Variables of the services that keep their state in MongoDB. */
export const mongoDbEnv = (database: string) =>
  ({
    MONGODB_URL: url('MongoDB connection URL, database in the path', ['mongodb', 'mongodb+srv'], `mongodb://127.0.0.1:27017/${database}`),
  }) as const;
