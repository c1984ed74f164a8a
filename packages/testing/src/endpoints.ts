/** Where tests find the real local services; the test command starts them (infra/test.sh). */
export const testEndpoints = {
  rabbitmqUrl: process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  mongodbUrl: process.env.MONGODB_URL ?? 'mongodb://127.0.0.1:27017',
  dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8001',
  /** A server URL; tests create throwaway databases on it. */
  postgresUrl: process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
} as const;
