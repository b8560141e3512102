import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/temp-cleanup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration files each start their own PostgreSQL; two cores, so two at a time.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
