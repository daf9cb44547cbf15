import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/system-chromium.mjs';

/** A free port on localhost, chosen once by the runner; workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

process.env['DHOL_DEMO_PORT'] ??= String(await freePort());
const port = Number(process.env['DHOL_DEMO_PORT']);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test',
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  // Upper bounds that only end a hung test: every test waits for a state, an element or an event, never for time.
  // A busy two-core CI machine can take several times longer than a laptop to get there.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'sv-SE',
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  webServer: {
    // The built site, served with the demo's Content Security Policy by the same server as `pnpm start`.
    command: `node scripts/serve.mjs --port ${port} --strict-port`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
