import { defineConfig } from 'vitest/config';
import { fuzzSeed } from '../../scripts/fuzz-seed.mjs';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Property-based suites run thousands of cases; a 2-core CI machine under load needs more than 5 s for them.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    provide: { fcSeed: fuzzSeed },
    setupFiles: ['test/fuzz-seed.ts'],
  },
});
