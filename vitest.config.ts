import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // beforeAll hooks run whole batches; on a busy 2-core machine 10 s (the default) was not enough.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
