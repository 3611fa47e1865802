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
  // A guard against a hang, not a speed check: on a 2-core machine busy with other work, starting
  // the service and seeding the graph in a file's set-up took more than a minute.
  testTimeout: 240_000,
};
