/** One jest run over every workspace: unit tests and integration tests against the real local services. */
const swc = ['@swc/jest', { jsc: { target: 'es2023', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': swc },
  roots: ['<rootDir>'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.infra/'],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
