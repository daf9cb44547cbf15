import { defineConfig } from 'vitest/config';
import { fuzzSeed } from '../../scripts/fuzz-seed.mjs';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Property-based suites run a fixed number of cases (never a time budget); under a load of 30 on two cores the
    // CSV round trip took 34 s, so the ceiling is far above what a quiet run takes (about 2 s).
    testTimeout: 120_000,
    hookTimeout: 60_000,
    provide: { fcSeed: fuzzSeed },
    setupFiles: ['test/fuzz-seed.ts'],
  },
});
