/**
 * ts-jest with TypeScript 5.9 (pinned): TypeScript 7 has no compiler API, and ts-jest
 * (unlike @swc/jest) type-checks and emits decorator metadata exactly as `tsc` does,
 * which type-graphql relies on.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 30000,
};
