import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/system-chromium.mjs';

// Every story runs as a browser test in one headless system Chromium (never a downloaded browser); the
// a11y addon fails a story on any axe violation (`parameters.a11y.test: 'error'` in .storybook/preview.ts).
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // A story's play function and its axe check share one timeout; a busy 2-core CI machine needs more than 15 s,
    // and under a load of 30 the 320-activity plan passed 30 s.
    testTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
