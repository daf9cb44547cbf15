import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { fuzzSeed } from '../../scripts/fuzz-seed.mjs';
import { chromiumLaunchOptions } from '../../scripts/system-chromium.mjs';

// Two projects in one run (one JSON report): the editor's browser tests in the system Chromium (never a downloaded
// browser), and node-side tests (`*.node.test.ts`) such as the script-tag bundle's contents.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          // Forms with many fields and axe on a busy two-core machine: generous, never a sleep.
          testTimeout: 30_000,
          provide: { fcSeed: fuzzSeed },
          setupFiles: ['test/fuzz-seed.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'node',
          include: ['src/**/*.node.test.ts', 'test/**/*.node.test.ts'],
          environment: 'node',
          // Bundling the editor under a load of 30 on two cores took over 60 s.
          testTimeout: 240_000,
          provide: { fcSeed: fuzzSeed },
          setupFiles: ['test/fuzz-seed.ts'],
        },
      },
    ],
  },
});
