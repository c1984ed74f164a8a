/** One jest run over every workspace: unit tests and integration tests against the real local services. */
const swc = ['@swc/jest', { jsc: { target: 'es2023', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

// Tests that stop a shared service (the broker) are named *.disruptive.test.ts; the test command
// runs them alone, after the others (JEST_PASS=disruptive); a plain `npx jest` leaves them out.
const disruptive = '\\.disruptive\\.test\\.ts$';
const pass = process.env.JEST_PASS ?? 'parallel';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': swc },
  roots: ['<rootDir>'],
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.infra/', ...(pass === 'parallel' ? [disruptive] : [])],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
  // One at a time: each stops the shared broker.
  ...(pass === 'disruptive' ? { testRegex: disruptive, testMatch: undefined, maxWorkers: 1 } : {}),
};
