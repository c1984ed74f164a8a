import { testEndpoints } from './endpoints';
import { uniqueName } from './unique';

export const TEST_PRINCIPAL_SECRET = 'test-principal-secret-0123456789';

/**
 * Environment for a service started in a test: the local services, port 0, and an events exchange
 * of its own so that parallel test files never see each other's events.
 */
export const serviceTestEnv = (service: string): Record<string, string> => ({
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  PORT: '0',
  RABBITMQ_URL: testEndpoints.rabbitmqUrl,
  REDIS_URL: testEndpoints.redisUrl,
  EVENTS_EXCHANGE: uniqueName(`${service}-events`),
  PRINCIPAL_HMAC_SECRET: TEST_PRINCIPAL_SECRET,
  DYNAMODB_ENDPOINT: testEndpoints.dynamodbEndpoint,
  DYNAMODB_TABLE: uniqueName(service),
  MONGODB_URL: `${testEndpoints.mongodbUrl}/${uniqueName(service).replace(/-/g, '_')}`,
});
