import { ConfigError, loadConfig, platformEnv, secret, servicePort, dynamoDbEnv, flag } from '../src/config';

const spec = { ...platformEnv, ...servicePort(4001, 9401), ...dynamoDbEnv('pix'), PIX_SANDBOX_ENABLED: flag('sandbox payments', true) };

describe('loadConfig', () => {
  const secrets = { PRINCIPAL_HMAC_SECRET: 'a-generated-development-secret', EVENTS_HMAC_KEYS: 'pix=0123456789abcdef0123' };

  it('has no development default for a secret: npm start generates them', () => {
    expect(() => loadConfig(spec, {})).toThrow(/PRINCIPAL_HMAC_SECRET is required/);
  });

  it('fills local-development defaults', () => {
    const config = loadConfig(spec, secrets);
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
    const config = loadConfig(spec, { ...secrets, PORT: '8080', PIX_SANDBOX_ENABLED: 'false', REDIS_URL: 'rediss://cache.internal:6380' });
    expect(config.EVENTS_HMAC_KEYS).toEqual({ pix: '0123456789abcdef0123' });
    expect(config.HOST).toBe('127.0.0.1');
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
    ['EVENTS_HMAC_KEYS', 'pix', /EVENTS_HMAC_KEYS must be name=secret pairs/],
  ])('a bad %s gives one clear message naming it', (name, value, message) => {
    const attempt = () => loadConfig(spec, { ...secrets, [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('never prints the password of a URL it refuses', () => {
    expect(() => loadConfig(spec, { ...secrets, RABBITMQ_URL: 'http://bank:s3cr3t@broker:5672' })).toThrow(
      'RABBITMQ_URL must be a amqp or amqps URL (got "http://bank:***@broker:5672")',
    );
  });

  it('names every bad variable in the one message', () => {
    expect(() => loadConfig(spec, { ...secrets, PORT: 'x', REDIS_URL: 'nope' })).toThrow(
      'Invalid configuration: REDIS_URL must be a redis or rediss URL (got "nope"); PORT must be a whole number from 0 (any free port) to 65535 (got "x").',
    );
  });

  it('uses no development default in production', () => {
    expect(() => loadConfig(spec, { NODE_ENV: 'production' })).toThrow(/RABBITMQ_URL is required in production/);
  });

  describe('in production', () => {
    const vault = 'f3a9c1e07b5d2846a0e9d3b7c5f1a2e4d6b8c0a1e3f5';
    const production = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '0.0.0.0',
      PORT: '4001',
      METRICS_PORT: '9401',
      RABBITMQ_URL: 'amqps://pix:pw@mq',
      EVENTS_EXCHANGE: 'bank.events',
      REDIS_URL: 'redis://cache',
      AWS_REGION: 'sa-east-1',
      DYNAMODB_TABLE: 'pix',
      PIX_SANDBOX_ENABLED: 'false',
      PRINCIPAL_HMAC_SECRET: vault,
      EVENTS_HMAC_KEYS: 'pix=9c2e7a41d0b35f86e1a4c7d2b9f03e58a6c1',
    };

    it('accepts strong secrets and the service own broker user', () => {
      expect(loadConfig(spec, production).DYNAMODB_ENDPOINT).toBeUndefined();
    });

    it.each([
      ['a placeholder', 'Change-Me-At-Least-32-Characters-Long!!', /PRINCIPAL_HMAC_SECRET is a placeholder/],
      ['a short secret', 'a1b2c3d4e5f6a7b8c9d0', /PRINCIPAL_HMAC_SECRET must be at least 32 characters/],
      ['a low-entropy secret', 'abababababababababababababababababab', /PRINCIPAL_HMAC_SECRET is too predictable/],
    ])('refuses %s', (_, value, message) => {
      expect(() => loadConfig(spec, { ...production, PRINCIPAL_HMAC_SECRET: value })).toThrow(message);
    });

    it('refuses a weak event key', () => {
      expect(() => loadConfig(spec, { ...production, EVENTS_HMAC_KEYS: 'pix=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).toThrow(
        /EVENTS_HMAC_KEYS is too predictable/,
      );
    });

    it.each(['amqp://guest:guest@mq:5672', 'amqps://mq:5671'])('refuses the guest broker user (%s)', (url) => {
      expect(() => loadConfig(spec, { ...production, RABBITMQ_URL: url })).toThrow(/RABBITMQ_URL must name the service's own broker user/);
    });

    it('refuses one value for two secrets', () => {
      const twice = { ...spec, JWT_SECRET: secret('jwt') };
      expect(() => loadConfig(twice, { ...production, JWT_SECRET: vault })).toThrow(/PRINCIPAL_HMAC_SECRET and JWT_SECRET must be different secrets/);
    });
  });
});
