/**
 * The unit tier: code that needs no database (selection compiler, projection builder, cost model,
 * filters, rate limiter, snippets, traversal table, resolver registration, the explorer's logic).
 * Runs in seconds with `npm run test:quick`; the full `npm test` runs these files too.
 */
const full = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: full.testEnvironment,
  transform: full.transform,
  roots: ['<rootDir>/tests/unit', '<rootDir>/tests/web'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 10_000,
};
