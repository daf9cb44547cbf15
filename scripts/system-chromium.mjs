// The one Chromium every browser test and benchmark in the tree launches: the system's (Debian's `chromium`, or
// CHROMIUM_PATH), never a browser a tool downloads. The flags suit a headless root container with no network.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Playwright's `launchOptions` for the system Chromium. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
