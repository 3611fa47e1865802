/**
 * Tests run against a real Neo4j: the global set-up starts the bundled one once for the run
 * (or uses NEO4J_TEST_URI). Test files share that database, so they run one at a time and
 * each file resets the graph to the state it needs in its own set-up.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/support/processes.ts'],
  maxWorkers: 1,
  testTimeout: 60_000,
};
