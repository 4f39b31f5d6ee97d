import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One temp folder for the run, removed at its end (test/support/global-temp.ts).
    globalSetup: ['test/support/global-temp.ts'],
  },
});
