import { ConfigError, loadConfig, platformEnv, servicePort, dynamoDbEnv, flag } from '../src';

const spec = { ...platformEnv, ...servicePort(4001, 9401), ...dynamoDbEnv('pix'), PIX_SANDBOX_ENABLED: flag('sandbox payments', true) };

describe('loadConfig', () => {
  it('fills local-development defaults', () => {
    const config = loadConfig(spec, {});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 4001,
      RABBITMQ_URL: 'amqp://guest:guest@127.0.0.1:5672',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      DYNAMODB_TABLE: 'pix',
      PIX_SANDBOX_ENABLED: true,
    });
  });

  it('parses given values', () => {
    const config = loadConfig(spec, { PORT: '8080', PIX_SANDBOX_ENABLED: 'false', REDIS_URL: 'rediss://cache.internal:6380' });
    expect(config.PORT).toBe(8080);
    expect(config.PIX_SANDBOX_ENABLED).toBe(false);
    expect(config.REDIS_URL).toBe('rediss://cache.internal:6380');
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number from 0 \(any free port\) to 65535 \(got "abc"\)/],
    ['PORT', '70000', /PORT must be a whole number from 0 \(any free port\) to 65535 \(got "70000"\)/],
    ['RABBITMQ_URL', 'http://broker', /RABBITMQ_URL must be a amqp or amqps URL/],
    ['NODE_ENV', 'staging', /NODE_ENV must be development, test or production \(got "staging"\)/],
    ['PIX_SANDBOX_ENABLED', 'yes', /PIX_SANDBOX_ENABLED must be true or false \(got "yes"\)/],
    ['PRINCIPAL_HMAC_SECRET', 'short', /PRINCIPAL_HMAC_SECRET must be at least 16 characters \(got "\*\*\*"\)/],
  ])('a bad %s gives one clear message naming it', (name, value, message) => {
    const attempt = () => loadConfig(spec, { [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('never prints the password of a URL it refuses', () => {
    expect(() => loadConfig(spec, { RABBITMQ_URL: 'http://bank:s3cr3t@broker:5672' })).toThrow('RABBITMQ_URL must be a amqp or amqps URL (got "http://bank:***@broker:5672")');
  });

  it('names every bad variable in the one message', () => {
    expect(() => loadConfig(spec, { PORT: 'x', REDIS_URL: 'nope' })).toThrow(
      'Invalid configuration: REDIS_URL must be a redis or rediss URL (got "nope"); PORT must be a whole number from 0 (any free port) to 65535 (got "x").',
    );
  });

  it('uses no development default in production', () => {
    expect(() => loadConfig(spec, { NODE_ENV: 'production' })).toThrow(/RABBITMQ_URL is required in production/);
  });

  it('refuses the development secret in production', () => {
    const production = {
      NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '4001', RABBITMQ_URL: 'amqps://mq', EVENTS_EXCHANGE: 'bank.events',
      REDIS_URL: 'redis://cache', AWS_REGION: 'sa-east-1', DYNAMODB_TABLE: 'pix', PIX_SANDBOX_ENABLED: 'false',
    };
    expect(() => loadConfig(spec, { ...production, PRINCIPAL_HMAC_SECRET: 'development-principal-secret-change-me' })).toThrow(
      /PRINCIPAL_HMAC_SECRET is a placeholder/,
    );
    expect(() => loadConfig(spec, { ...production, PRINCIPAL_HMAC_SECRET: 'Change-Me-At-Least-16-Characters' })).toThrow(/PRINCIPAL_HMAC_SECRET is a placeholder/);
    const config = loadConfig(spec, { ...production, PRINCIPAL_HMAC_SECRET: 'a-real-secret-from-the-vault' });
    expect(config.DYNAMODB_ENDPOINT).toBeUndefined();
  });
});
