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
    // The unit project's pool: unit files mock no module and leave no state behind (no vi.mock; fake timers restored
    // after each test), so each worker thread imports the sources once instead of once per file. Measured side by side
    // at load 25-39: 208-228 s as isolated forks, 81-82 s as forks not isolated, 54-120 s as threads not isolated.
    // Vitest reads the pools' isolation from here, not from a project. A unit test that mocks a module or changes
    // global state must undo it in afterEach. The integration project keeps isolated forks: its files mock the server
    // provider (and one the time limits), and run processes and signals.
    poolOptions: { threads: { isolate: false } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Worker threads that keep their modules from one file to the next (poolOptions above).
          pool: 'threads',
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
