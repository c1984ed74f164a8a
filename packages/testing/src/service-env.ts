import { testEndpoints } from './endpoints';
import { uniqueName } from './unique';

export const TEST_PRINCIPAL_SECRET = 'test-principal-secret-0123456789';

/** Each producer's event key in tests (`EVENTS_HMAC_KEYS`). */
export const TEST_EVENT_KEYS: Readonly<Record<string, string>> = {
  pix: 'test-events-key-pix-0123456789',
  loans: 'test-events-key-loans-0123456789',
  insurance: 'test-events-key-insurance-01234',
  accounts: 'test-events-key-accounts-0123456',
};

/** How a test double that plays `producer` (or only listens) trusts events, as the services do. */
export const testEventTrust = (producer?: string) => ({ kind: 'signed' as const, ...(producer === undefined ? {} : { producer }), keys: TEST_EVENT_KEYS });

/**
 * Environment for a service started in a test: the local services, port 0, and an events exchange
 * of its own so that parallel test files never see each other's events.
 */
export const serviceTestEnv = (service: string): Record<string, string> => ({
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  PORT: '0',
  METRICS_PORT: '0',
  RABBITMQ_URL: testEndpoints.rabbitmqUrl,
  REDIS_URL: testEndpoints.redisUrl,
  EVENTS_EXCHANGE: uniqueName(`${service}-events`),
  PRINCIPAL_HMAC_SECRET: TEST_PRINCIPAL_SECRET,
  EVENTS_HMAC_KEYS: Object.entries(TEST_EVENT_KEYS)
    .map(([producer, key]) => `${producer}=${key}`)
    .join(','),
  DYNAMODB_ENDPOINT: testEndpoints.dynamodbEndpoint,
  DYNAMODB_TABLE: uniqueName(service),
  MONGODB_URL: `${testEndpoints.mongodbUrl}/${uniqueName(service).replace(/-/g, '_')}`,
});
