import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Packs every public package once; the tests share the tarballs.
    globalSetup: ['test/pack-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
