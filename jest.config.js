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
  // Each test file loads its own copy of every module (and most a seeded graph); in one long-
  // lived process the heap grew past 3 GB over the suite and the last files ran several times
  // slower (garbage collection), enough for a 5 s request budget to run out. A worker past this
  // after a file is replaced. (Setting it also makes jest run files in a worker process where it
  // would run them in its own, as it does with one worker: on 2 cores.)
  workerIdleMemoryLimit: '1GB',
};
