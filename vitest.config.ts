import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up hooks build whole batches or start Chromium; with every test file running at once
    // on two cores, the default 10 s was missed under load (tests/batch/batch.test.ts).
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
