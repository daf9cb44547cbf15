/**
 * The static export in a real browser: a page written by `dhol render`, opened with JavaScript turned off, shows
 * the same text as the live element drawn by the script-tag bundle; and with `--script` and `--src` it upgrades
 * to the live element without a flash of a loading message.
 *
 * Runs the system Chromium through Playwright (never a downloaded browser) against a small server on 127.0.0.1;
 * nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/system-chromium.mjs';
import { exampleFiles } from './render-html.js';
import { dhol, temporaryFolder } from './run.js';

const widgetsRequire = createRequire(createRequire(import.meta.url).resolve('@dhol/widgets/package.json'));
const { chromium } = createRequire(import.meta.url)('playwright') as { chromium: Chromium };
const cdnBundle = widgetsRequire.resolve('./dist/cdn/dhol.js');

/** The little of Playwright's API this file uses. */
interface Chromium {
  launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser>;
}
interface Browser {
  newContext(options: {
    javaScriptEnabled: boolean;
    viewport: { width: number; height: number };
  }): Promise<Context>;
  close(): Promise<void>;
}
interface Context {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  goto(url: string): Promise<unknown>;
  addInitScript(script: string): Promise<void>;
  waitForFunction(script: string, arg?: unknown, options?: { timeout: number }): Promise<unknown>;
  evaluate<T>(script: string): Promise<T>;
}

/**
 * The text a dhol element shows, given its shadow root: its children's `innerText`, without the controls that only
 * work with the script (`.needs-script`: filters, view switches, downloads written on demand), which the static
 * copy hides by design and the live element draws.
 */
const SHOWN_TEXT = `(root) => {
  const controls = [...root.querySelectorAll('.needs-script')];
  for (const control of controls) control.style.setProperty('display', 'none', 'important');
  const text = [...root.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => child.innerText)
    .join('\\n')
    .replace(/[ \\t]+\\n/g, '\\n')
    .trim();
  for (const control of controls) control.style.removeProperty('display');
  return text;
}`;

/** The shown text (SHOWN_TEXT) of the page's dhol element, after the page's h1 if any. */
const VISIBLE_TEXT = `(() => {
  const element = document.querySelector('main > :not(h1)');
  const root = element && element.shadowRoot;
  return root ? (${SHOWN_TEXT})(root) : null;
})()`;

const CASES = [
  { element: 'plan', dataset: 'sormland' },
  { element: 'framework', dataset: 'sormland' },
  { element: 'coverage', dataset: 'sormland' },
  { element: 'agreement', dataset: 'surahammar' },
] as const;

/** A policy as strict as the one the demo and the guide recommend: no inline script, no inline style. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const files: Record<string, { type: string; body: string; held?: boolean; csp?: boolean }> = {};
/** Answers to `held` files, sent when the test calls `releaseHeld()`. */
const waiting: (() => void)[] = [];
const releaseHeld = () => {
  for (const send of waiting.splice(0)) send();
};
let server: Server;
let origin: string;
let browser: Browser;

function serve(
  path: string,
  type: string,
  body: string,
  options: { held?: boolean; csp?: boolean } = {},
): void {
  files[path] = { type, body, ...options };
}

/** A page that draws the live element from the script-tag bundle, reading the dataset from `src`. */
function livePage(element: string, dataset: string): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>live</title>
<script type="module" src="/dhol.js"></script></head>
<body><main><dhol-${element} lang="sv" heading-level="2" src="/data/${dataset}.json"></dhol-${element}></main></body></html>`;
}

async function render(args: string[], cwd?: string): Promise<string> {
  const run = await dhol(['render', ...args], { now: new Date(), ...(cwd !== undefined ? { cwd } : {}) });
  if (run.code !== 0) throw new Error(`dhol render ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

beforeAll(async () => {
  serve('/dhol.js', 'text/javascript', readFileSync(cdnBundle, 'utf8'));
  for (const [name, file] of Object.entries(exampleFiles)) {
    const json = readFileSync(file, 'utf8');
    serve(`/data/${name}.json`, 'application/json', json);
    serve(`/slow/${name}.json`, 'application/json', json, { held: true });
  }
  for (const { element, dataset } of CASES) {
    serve(`/static/${element}.html`, 'text/html', await render([element, exampleFiles[dataset]]));
    serve(`/live/${element}.html`, 'text/html', livePage(element, dataset));
  }
  serve(
    '/upgrade/plan.html',
    'text/html',
    await render(['plan', exampleFiles.sormland, '--script', '/dhol.js', '--src', '/slow/sormland.json']),
  );
  // The control: the live element alone, with nothing from the server to show while its file is on its way.
  serve('/upgrade/control.html', 'text/html', livePage('plan', 'sormland').replace('/data/', '/slow/'));

  const folder = temporaryFolder();
  try {
    serve('/csp/inline.html', 'text/html', await render(['agreement', exampleFiles.surahammar]), {
      csp: true,
    });
    const linked = await render(
      ['agreement', exampleFiles.surahammar, '--css', 'agreement.css'],
      folder.path,
    );
    serve('/csp/linked.html', 'text/html', linked, { csp: true });
    serve('/csp/agreement.css', 'text/css', readFileSync(join(folder.path, 'agreement.css'), 'utf8'));
  } finally {
    folder.remove();
  }

  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': `${file.type}; charset=utf-8` };
    if (file.csp) headers['content-security-policy'] = STRICT_CSP;
    const send = () => response.writeHead(200, headers).end(file.body);
    if (file.held) waiting.push(send);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function withPage<T>(javaScriptEnabled: boolean, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1024, height: 800 } });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

async function staticText(element: string): Promise<string | null> {
  return withPage(false, async (page) => {
    await page.goto(`${origin}/static/${element}.html`);
    return page.evaluate<string | null>(VISIBLE_TEXT);
  });
}

async function liveText(element: string): Promise<string | null> {
  return withPage(true, async (page) => {
    await page.goto(`${origin}/live/${element}.html`);
    // No time limit of its own: the test's timeout guards against a hang.
    await page.waitForFunction(`document.querySelector('main > :not(h1)').state === 'content'`, undefined, {
      timeout: 0,
    });
    if (element === 'framework') {
      // The static copy shows every delmål open (without the script none could be opened): open them all here too.
      await page.evaluate(
        `document.querySelector('main > dhol-framework').shadowRoot.querySelector('[part~="expand-all"]').click()`,
      );
      await page.waitForFunction(
        `!document.querySelector('main > dhol-framework').shadowRoot.querySelector('.panel[hidden]')`,
        undefined,
        { timeout: 0 },
      );
    }
    return page.evaluate<string | null>(VISIBLE_TEXT);
  });
}

describe('the static export in Chromium', () => {
  for (const { element, dataset } of CASES) {
    test(`with JavaScript off, the static ${element} of the ${dataset} example shows the same text as the live element`, async () => {
      const [withoutScript, live] = await Promise.all([staticText(element), liveText(element)]);
      expect(withoutScript).not.toBeNull();
      expect((withoutScript ?? '').length).toBeGreaterThan(200);
      expect(withoutScript).toBe(live);
    }, 60_000);
  }

  /**
   * What the plan on `path` shows in every frame once the parser has read the whole page (the state is
   * 'interactive' before the module script runs, so a half-parsed page is not taken for a flash). Its file is held
   * until a frame has been recorded before the element shows it, so that moment is seen however slow the machine.
   */
  const framesOf = (path: string) =>
    withPage(true, async (page) => {
      await page.addInitScript(`
        window.__frames = [];
        const record = () => {
          const element = document.querySelector('main > dhol-plan');
          const root = element && element.shadowRoot;
          if (root && document.readyState !== 'loading') window.__frames.push({
            text: (${SHOWN_TEXT})(root),
            live: element.state === 'content',
          });
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      `);
      await page.goto(`${origin}${path}`);
      await page.waitForFunction('window.__frames.length > 0', undefined, { timeout: 0 });
      releaseHeld();
      await page.waitForFunction(
        `document.querySelector('main > dhol-plan').state === 'content'`,
        undefined,
        {
          timeout: 0,
        },
      );
      await page.waitForFunction('new Promise((resolve) => requestAnimationFrame(() => resolve(true)))');
      return page.evaluate<{ text: string; live: boolean }[]>('window.__frames');
    });
  /** The widgets' loading message in Swedish (`state.loading`). */
  const LOADING = 'Läser in';

  test('with --script and --src, the static plan becomes the live one without ever showing a loading message', async () => {
    const frames = await framesOf('/upgrade/plan.html');
    const shown = new Set(frames.map((frame) => frame.text));
    expect(frames.some((frame) => !frame.live)).toBe(true);
    expect(frames.at(-1)?.live).toBe(true);
    expect([...shown].some((text) => text.includes(LOADING))).toBe(false);
    expect(shown.size).toBe(1);
  }, 60_000);

  test('control: a live plan with nothing from the server shows the loading message the check above looks for', async () => {
    const frames = await framesOf('/upgrade/control.html');
    expect(frames.some((frame) => !frame.live && frame.text.includes(LOADING))).toBe(true);
    expect(frames.at(-1)?.live).toBe(true);
  }, 60_000);

  test('under a CSP without inline styles, the page written with --css is styled and the inline one is not', async () => {
    const displayOf = (path: string) =>
      withPage(false, async (page) => {
        await page.goto(`${origin}${path}`);
        return page.evaluate<string>(`getComputedStyle(document.querySelector('dhol-agreement')).display`);
      });
    // `:host { display: block }` is the first rule of every element; a custom element is inline without it.
    expect(await displayOf('/csp/linked.html')).toBe('block');
    expect(await displayOf('/csp/inline.html')).toBe('inline');
  }, 60_000);
});
