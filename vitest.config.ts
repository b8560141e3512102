import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (no bundle, no PostgreSQL: `npm run test:unit`, seconds) and `integration` (real PostgreSQL
 * servers and the bundled CLI and action: `npm run test:int`). `npm test` runs both.
 */
export default defineConfig({
  test: {
    globalSetup: ['test/temp-cleanup.ts'],
    // Most integration files use the project's one shared PostgreSQL (a fresh database per test); two cores, so two files at a time.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // One PostgreSQL for the fixture tables, which run in-process (test/helpers/shared-server.ts).
          globalSetup: ['test/helpers/shared-server-setup.ts'],
          // Generous: a test waits for the event it needs; the timeout only ends a run that hangs.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
    // Inside GitHub Actions the CLI reads the event for its base: the CI run's own pull request must not become the
    // base (and the scope) of every test. Tests that want an event pass one.
    env: { GITHUB_ACTIONS: '', GITHUB_EVENT_PATH: '' },
  },
});
