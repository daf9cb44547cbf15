import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/system-chromium.mjs';

// One system Chromium for the whole project: never download browsers (see ARCHITECTURE.md, "Toolchain").

// Two projects in one run (one JSON report): the elements' browser tests, and the node-side hardening tests
// (`*.node.test.ts`) that serve pages with real HTTP headers (CSP, Trusted Types) and drive Chromium themselves.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
            }),
            instances: [{ browser: 'chromium' }],
          },
          // A guard against a hang, not a speed limit: on a busy two-core CI machine a test that draws a long
          // plan or runs axe over a page can take many times as long as on an idle one.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'node',
          include: ['test/**/*.node.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
