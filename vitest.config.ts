import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Setup hooks parse whole batches; on a busy machine 10 s is not enough.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
