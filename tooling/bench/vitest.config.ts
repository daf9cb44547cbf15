import { defineConfig } from 'vitest/config';

// The size test runs in Node in the normal test run; the render and Lighthouse benchmarks run only with `pnpm bench`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    // Bundling every entry runs in beforeAll; on 2 busy cores that takes longer than the default 10 s, and under a
    // load of 30 longer than 120 s.
    hookTimeout: 400_000,
  },
});
