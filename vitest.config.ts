import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/temp-cleanup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration files each start their own PostgreSQL; two cores, so two at a time.
    maxWorkers: 2,
    // Inside GitHub Actions the CLI reads the event for its base: the CI run's own pull request must not become the
    // base (and the scope) of every test. Tests that want an event pass one.
    env: { GITHUB_ACTIONS: '', GITHUB_EVENT_PATH: '' },
    minWorkers: 1,
  },
});
